#!/usr/bin/env python3
"""igraph's time on the graph the analysis bench generated (called by analysis.bench.mjs).

Input file: first line "n", then one line "u v strength" per merged tie. Prints a JSON
object of seconds per step. `exact`: igraph's exact weighted betweenness and closeness.
`sampled K`: python-igraph 0.10 has no sampled betweenness, so the shortest-path part is
approximated by igraph's Dijkstra from the same number of random sources (its closeness of
those K vertices), which is the forward half of a Brandes pass: a lower bound on what
sampled betweenness would cost igraph, so the ratio printed is if anything unfair to us.
"""
import json
import random
import sys
import time

import igraph as ig


def main():
    path, mode = sys.argv[1], sys.argv[2]
    k = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    with open(path) as f:
        n = int(f.readline())
        rows = [line.split() for line in f]
    seconds = {}

    def timed(name, fn):
        start = time.perf_counter()
        fn()
        seconds[name] = time.perf_counter() - start

    holder = {}

    def build():
        g = ig.Graph(n=n, edges=[(int(u), int(v)) for u, v, _ in rows])
        g.es["s"] = [float(s) for _, _, s in rows]
        g.es["d"] = [1.0 / float(s) for _, _, s in rows]
        holder["g"] = g

    timed("build", build)
    g = holder["g"]
    timed("degree", lambda: (g.degree(), g.strength(weights="s")))
    timed("pagerank", lambda: g.pagerank(weights="s", directed=False))
    timed("eigenvector", lambda: g.eigenvector_centrality(weights="s", directed=False))
    timed("coreness", g.coreness)
    timed("louvain", lambda: g.community_multilevel(weights="s"))
    if mode == "exact":
        timed("betweenness", lambda: g.betweenness(directed=False, weights="d"))
        timed("closeness", lambda: g.closeness(weights="d"))
    else:
        random.seed(1)
        sources = random.sample(range(n), k)
        timed("shortest_paths_from_sampled_sources", lambda: g.closeness(vertices=sources, weights="d"))
    seconds["total_without_build"] = sum(v for key, v in seconds.items() if key != "build")
    print(json.dumps({"igraph": ig.__version__, "seconds": seconds}))


if __name__ == "__main__":
    main()
