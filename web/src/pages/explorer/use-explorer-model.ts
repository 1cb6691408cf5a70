import { useMemo } from 'react';
import type { NetworkQuery } from '../../api/generated/graphql';
import { buildAdjacency } from '../../graph/adjacency';
import { toElements } from '../../graph/elements';
import { applyFilters, effectiveMinStrength } from '../../graph/filters';
import { neighbourhood } from '../../graph/focus';
import { layoutInput } from '../../graph/layout/layout-input';
import { degrees, nodeSizes, type SizeMetric } from '../../graph/metrics';
import { buildModel } from '../../graph/model';
import { shortestPath } from '../../graph/shortest-path';
import { buildStylesheet } from '../../graph/style';
import { elementClasses } from '../../graph/view-classes';
import type { UrlState } from '../../url-state';
import { STARTUP_PARAMS } from '../../use-url-state';

export interface ServerMetrics {
  values: Partial<Record<SizeMetric, ReadonlyMap<string, number>>>;
  communities: ReadonlyMap<string, number> | null;
}

/**
 * Everything the explorer derives from the network and the URL state, each piece memoised
 * on exactly its inputs: a filter change recomputes classes, not elements or the layout.
 */
export function useExplorerModel(
  state: UrlState,
  network: NetworkQuery | null,
  server: ServerMetrics | null,
  hovered: ReadonlySet<string>,
) {
  const model = useMemo(() => (network ? buildModel(network.network) : null), [network]);
  const degree = useMemo(() => (model ? degrees(model) : new Map<string, number>()), [model]);
  const metricAvailable = state.metric === 'degree' || !!server?.values[state.metric];
  const metricValues = (state.metric !== 'degree' && server?.values[state.metric]) || degree;
  const sizes = useMemo(
    () =>
      model
        ? nodeSizes(
            metricValues,
            model.nodes.map((n) => n.id),
          )
        : new Map<string, number>(),
    [model, metricValues],
  );
  const minStrength = effectiveMinStrength(state.filters.minStrength, model?.edges.length ?? 0);
  const elements = useMemo(
    () => (model ? toElements(model, sizes, minStrength) : { nodes: [], edges: [] }),
    [model, sizes, minStrength],
  );
  const visible = useMemo(
    () =>
      model
        ? applyFilters(model, state.filters)
        : { nodeIds: new Set<string>(), edgeIds: new Set<string>() },
    [model, state.filters],
  );
  const adjacency = useMemo(
    () =>
      buildAdjacency(
        visible.nodeIds,
        model ? model.edges.filter((e) => visible.edgeIds.has(e.id)) : [],
      ),
    [model, visible],
  );
  const focusIds = useMemo(
    () =>
      state.focus && adjacency.has(state.focus)
        ? neighbourhood(adjacency, state.focus, state.depth)
        : null,
    [adjacency, state.focus, state.depth],
  );
  const pathFrom = state.path?.[0] ?? null;
  const pathTo = state.path?.[1] ?? null;
  const path = useMemo(
    () =>
      model && pathFrom && pathTo ? shortestPath(adjacency, model.edges, pathFrom, pathTo) : null,
    [model, adjacency, pathFrom, pathTo],
  );
  const selectedIds = useMemo(() => (state.selected ? [state.selected] : []), [state.selected]);
  const classes = useMemo(
    () =>
      model
        ? elementClasses(model, { visible, focusIds, path, selectedIds, highlightIds: hovered })
        : new Map<string, string>(),
    [model, visible, focusIds, path, selectedIds, hovered],
  );
  const large = (model?.nodes.length ?? 0) > 1000;
  const stylesheet = useMemo(() => buildStylesheet({ large }), [large]);
  const communities = server?.communities ?? null;
  const layout = useMemo(
    () =>
      model
        ? layoutInput({
            name: state.layout,
            scopeKey: state.region ?? '',
            model,
            metric: metricValues,
            metricName: state.metric,
            communities,
            sizes,
            thread: STARTUP_PARAMS.layoutThread,
          })
        : null,
    [model, state.layout, state.region, metricValues, state.metric, communities, sizes],
  );
  const shown = (id: string) => visible.nodeIds.has(id) && (!focusIds || focusIds.has(id));
  let shownNodeCount = 0;
  let shownOutsideCount = 0;
  for (const n of model?.nodes ?? []) {
    if (!shown(n.id)) continue;
    if (n.outside) shownOutsideCount++;
    else shownNodeCount++;
  }
  const shownEdgeCount = focusIds
    ? (model?.edges ?? []).filter(
        (e) => visible.edgeIds.has(e.id) && shown(e.source) && shown(e.target),
      ).length
    : visible.edgeIds.size;
  return {
    model,
    degree,
    metricValues,
    metricAvailable,
    elements,
    visible,
    adjacency,
    focusIds,
    path,
    classes,
    stylesheet,
    layout,
    shownNodeCount,
    shownOutsideCount,
    /** Set when the automatic strength leaves weak ties out of a large scope. */
    tieDetail:
      model && state.filters.minStrength === 0 && minStrength > 1
        ? { total: model.edges.length, shown: elements.edges.length }
        : null,
    shownEdgeCount,
  };
}
