#!/usr/bin/env python3
"""Reference values for the analysis tests, from networkx and igraph.

Run with a Python that has both (Debian: apt-get install python3-networkx python3-igraph;
the Debian python is /usr/bin/python3):

    cd api
    /usr/bin/python3 src/analysis/testing/reference/make_reference.py
    node src/analysis/testing/run-ts.mjs src/analysis/testing/export-partitions.ts
    /usr/bin/python3 src/analysis/testing/reference/make_reference.py
    npx prettier --write src/analysis/testing/reference

The first run writes each graph and its metrics. export-partitions.ts then adds the
partition our Louvain finds (seeded) to each file, and the second run adds networkx's
modularity of exactly that partition. The tests read the JSON only; they never run Python.

Graphs (node names are strings; every tie has a strength 1..3, as in the register):
- karate: Zachary's karate club (networkx), strength = min(3, Zachary's weight);
- florentine: Padgett's Florentine families (networkx, 15 families), strength = 1 + (i + j) % 3
  for the families' positions i, j in alphabetical order;
- florentine-plus: florentine plus an isolated family (Pucci), a pair and a path of three,
  to pin down the disconnected cases (closeness, PageRank of isolated actors, k-core).

Weighted metrics use strength as the weight (degree, PageRank, eigenvector, modularity) and
1/strength as the distance (betweenness, closeness), as exact fractions in networkx.
"""
import json
import os
import sys
from fractions import Fraction

import igraph as ig
import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def karate():
    g = nx.karate_club_graph()
    edges = [(str(u), str(v), min(3, int(d.get("weight", 1)))) for u, v, d in g.edges(data=True)]
    return [str(v) for v in g.nodes()], edges


def florentine():
    g = nx.florentine_families_graph()
    names = sorted(g.nodes())
    pos = {name: i for i, name in enumerate(names)}
    edges = sorted(
        (min(u, v), max(u, v), 1 + (pos[u] + pos[v]) % 3) for u, v in g.edges()
    )
    return names, edges


def florentine_plus():
    names, edges = florentine()
    extra = ["Pucci", "X1", "X2", "Y1", "Y2", "Y3"]
    return names + extra, edges + [("X1", "X2", 2), ("Y1", "Y2", 1), ("Y2", "Y3", 3)]


GRAPHS = {"karate": karate, "florentine": florentine, "florentine-plus": florentine_plus}


def nx_graph(nodes, edges):
    g = nx.Graph()
    g.add_nodes_from(nodes)
    for u, v, s in edges:
        g.add_edge(u, v, strength=s, distance=Fraction(1, s))
    return g


def ig_graph(nodes, edges):
    index = {name: i for i, name in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v, _ in edges])
    g.es["strength"] = [float(s) for _, _, s in edges]
    g.es["distance"] = [1.0 / s for _, _, s in edges]
    return g


def as_map(nodes, values):
    return {name: float(values[i]) for i, name in enumerate(nodes)}


def networkx_metrics(g, weighted):
    weight = "strength" if weighted else None
    distance = "distance" if weighted else None
    connected = nx.is_connected(g)
    out = {
        "degree": {v: d for v, d in g.degree()},
        "betweenness": nx.betweenness_centrality(g, normalized=True, weight=distance),
        "closeness": {v: float(c) for v, c in nx.closeness_centrality(g, distance=distance).items()},
        "pagerank": nx.pagerank(g, alpha=0.85, weight=weight, tol=1e-13, max_iter=100000),
        "kCore": nx.core_number(g),
    }
    if weighted:
        out["weightedDegree"] = {v: d for v, d in g.degree(weight="strength")}
    if connected:
        out["eigenvector"] = nx.eigenvector_centrality_numpy(g, weight=weight)
    return {k: {str(v): float(x) for v, x in m.items()} for k, m in out.items()}


def igraph_metrics(g, nodes, weighted):
    n = len(nodes)
    weights = "strength" if weighted else None
    distances = "distance" if weighted else None
    raw = g.betweenness(directed=False, weights=distances)
    scale = 2.0 / ((n - 1) * (n - 2))
    # igraph's closeness averages over the reachable actors only; multiply by r/(n-1) to get
    # the Wasserman-Faust form networkx uses (the same on a connected graph).
    reach = [len(c) - 1 for c in g.connected_components()]
    comp_of = g.connected_components().membership
    closeness = g.closeness(weights=distances, normalized=True)
    wf = [
        0.0 if (c != c or reach[comp_of[i]] == 0) else c * reach[comp_of[i]] / (n - 1)
        for i, c in enumerate(closeness)
    ]
    out = {
        "degree": as_map(nodes, g.degree()),
        "betweenness": as_map(nodes, [b * scale for b in raw]),
        "closeness": as_map(nodes, wf),
        "pagerank": as_map(nodes, g.pagerank(damping=0.85, weights=weights, directed=False)),
        "kCore": as_map(nodes, g.coreness()),
    }
    if weighted:
        out["weightedDegree"] = as_map(nodes, g.strength(weights="strength"))
    if g.is_connected():
        ev = g.eigenvector_centrality(directed=False, scale=False, weights=weights)
        norm = sum(x * x for x in ev) ** 0.5
        out["eigenvector"] = as_map(nodes, [x / norm for x in ev])
    return out


def modularity(g, partition, weighted):
    groups = {}
    for node, community in partition.items():
        groups.setdefault(community, set()).add(node)
    return nx.community.modularity(
        g, list(groups.values()), weight="strength" if weighted else None, resolution=1
    )


def main():
    for name, make in GRAPHS.items():
        path = os.path.join(HERE, f"{name}.json")
        previous = json.load(open(path)) if os.path.exists(path) else {}
        nodes, edges = make()
        g = nx_graph(nodes, edges)
        h = ig_graph(nodes, edges)
        doc = {
            "name": name,
            "generatedBy": "make_reference.py",
            "versions": {"networkx": nx.__version__, "igraph": ig.__version__},
            "nodes": nodes,
            "edges": [[u, v, s] for u, v, s in edges],
            "reference": {},
        }
        for mode in ("unweighted", "weighted"):
            weighted = mode == "weighted"
            louvain = nx.community.louvain_communities(
                g, weight="strength" if weighted else None, seed=1
            )
            doc["reference"][mode] = {
                "networkx": networkx_metrics(g, weighted),
                "igraph": igraph_metrics(h, nodes, weighted),
                "networkxLouvainModularity": nx.community.modularity(
                    g, louvain, weight="strength" if weighted else None
                ),
            }
        # The partition our Louvain found (export-partitions.ts), and networkx's modularity of it.
        partitions = previous.get("partitions")
        if partitions:
            for mode, entry in partitions.items():
                entry["networkxModularity"] = modularity(g, entry["communityOf"], mode == "weighted")
            doc["partitions"] = partitions
        with open(path, "w") as f:
            json.dump(doc, f, indent=1, sort_keys=False)
            f.write("\n")
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
