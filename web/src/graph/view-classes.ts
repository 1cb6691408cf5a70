import type { VisibleSet } from './filters';
import type { GraphPath } from './shortest-path';
import type { NetworkModel } from './model';

export interface ViewInput {
  visible: VisibleSet;
  /** When set, only these actors (and ties among them) are shown: a focused neighbourhood. */
  focusIds: ReadonlySet<string> | null;
  path: GraphPath | null;
  selectedIds: readonly string[];
  /** Hovered in a list: drawn emphasised without changing the selection. */
  highlightIds: ReadonlySet<string>;
}

/**
 * The class string of every element: how filters, focus, a path, the selection and hover
 * show in the graph. Plain data, so the rules are tested without Cytoscape; the hook only
 * applies the strings that changed.
 */
export function elementClasses(model: NetworkModel, view: ViewInput): Map<string, string> {
  const classes = new Map<string, string>();
  const pathNodes = new Set(view.path?.nodeIds ?? []);
  const pathEdges = new Set(view.path?.edgeIds ?? []);
  const selected = new Set(view.selectedIds);
  const shown = (id: string) =>
    view.visible.nodeIds.has(id) && (!view.focusIds || view.focusIds.has(id));
  for (const n of model.nodes) {
    const list: string[] = [];
    if (!shown(n.id)) list.push('hidden');
    if (n.outside) list.push('outside');
    if (selected.has(n.id)) list.push('selected');
    if (pathNodes.has(n.id)) list.push('on-path');
    if (view.highlightIds.has(n.id)) list.push('highlighted');
    if (view.path && !pathNodes.has(n.id)) list.push('dimmed');
    classes.set(n.id, list.join(' '));
  }
  for (const e of model.edges) {
    const list: string[] = [];
    if (!view.visible.edgeIds.has(e.id) || !shown(e.source) || !shown(e.target)) {
      list.push('hidden');
    }
    if (pathEdges.has(e.id)) list.push('on-path');
    else if (view.path) list.push('dimmed');
    classes.set(e.id, list.join(' '));
  }
  return classes;
}
