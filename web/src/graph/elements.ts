import type { Category, RelationshipType } from '../api/generated/graphql';
import type { NetworkModel } from './model';
import { DIRECTED_TYPES } from './model';
import { CATEGORY_COLORS, EDGE_TYPE_STYLES, edgeWidth } from './palette';

/** The data Cytoscape holds for a node: what the stylesheet reads, nothing else. */
export interface NodeElementData {
  id: string;
  label: string;
  category: Category;
  color: string;
  size: number;
  outside: boolean;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  strength: number;
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  directed: boolean;
}

export interface GraphElements {
  nodes: NodeElementData[];
  edges: EdgeElementData[];
}

/**
 * The actors and ties of the scope as Cytoscape element data. Filters hide elements with a
 * class, so positions survive filtering; only the strength in force (level of detail in
 * large scopes), a change of scope or an edit adds or removes elements.
 */
export function toElements(
  model: NetworkModel,
  sizes: ReadonlyMap<string, number>,
  minStrength = 1,
): GraphElements {
  const nodes = model.nodes.map((n) => ({
    id: n.id,
    label: n.name,
    category: n.category,
    color: CATEGORY_COLORS[n.category],
    size: sizes.get(n.id) ?? 14,
    outside: n.outside,
  }));
  // Ties below the strength in force are left out rather than hidden: in a 50,000-tie
  // scope, styling elements nobody sees is most of the cost of a frame.
  const edges = model.edges
    .filter((e) => e.strength >= minStrength)
    .map((e) => {
      const style = EDGE_TYPE_STYLES[e.type];
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        strength: e.strength,
        color: style.color,
        width: edgeWidth(e.strength),
        lineStyle: style.line,
        directed: DIRECTED_TYPES.has(e.type),
      };
    });
  return { nodes, edges };
}

export interface ElementDiff<T> {
  add: T[];
  /** Ids of elements to remove. */
  remove: string[];
  /** Elements whose data changed (same id). */
  update: T[];
}

/** Shallow equality of two flat data records. */
export function sameData(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => ra[k] === rb[k]);
}

/**
 * What to add, remove and update to turn the current elements into the next ones, by id.
 * An edge whose ends changed is removed and added again (Cytoscape cannot move an edge).
 */
export function diffById<T extends { id: string }>(
  current: ReadonlyMap<string, T>,
  next: readonly T[],
): ElementDiff<T> {
  const add: T[] = [];
  const update: T[] = [];
  const remove: string[] = [];
  const nextIds = new Set<string>();
  for (const item of next) {
    nextIds.add(item.id);
    const before = current.get(item.id);
    if (!before) add.push(item);
    else if (!sameData(before, item)) {
      const rec = item as Record<string, unknown>;
      const old = before as Record<string, unknown>;
      if ('source' in rec && (rec.source !== old.source || rec.target !== old.target)) {
        remove.push(item.id);
        add.push(item);
      } else update.push(item);
    }
  }
  for (const id of current.keys()) if (!nextIds.has(id)) remove.push(id);
  return { add, remove, update };
}
