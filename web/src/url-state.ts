import type {
  Category,
  Dimension,
  KeyActorMetric,
  RelationshipType,
} from './api/generated/graphql';
import { DEFAULT_FILTERS, type GraphFilters } from './graph/filters';
import { LAYOUT_NAMES, type LayoutName } from './graph/layout/layout-types';
import { SIZE_METRICS, type SizeMetric } from './graph/metrics';
import { CATEGORIES, DIMENSIONS, KEY_ACTOR_METRICS, RELATIONSHIP_TYPES } from './vocabulary';

export const VIEWS = ['graph', 'table'] as const;
export type ViewName = (typeof VIEWS)[number];
export const PANELS = ['actor', 'key', 'gaps'] as const;
export type PanelName = (typeof PANELS)[number];
/** Which page of a region: the explorer, its events, or its action plans. */
export const PAGES = ['explorer', 'events', 'plans'] as const;
export type PageName = (typeof PAGES)[number];

/** "all" is the whole register (the national view); null is the start page. */
export type RegionChoice = string | null;
export const NATIONAL = 'all';

/**
 * Everything a shared link reproduces: scope, filters, layout and selection. The URL is the
 * single source of truth for these; components read it and write it through this module.
 */
export interface UrlState {
  region: RegionChoice;
  filters: GraphFilters;
  layout: LayoutName;
  metric: SizeMetric;
  /** The actor whose panel is open. */
  selected: string | null;
  /** Focus on this actor's neighbourhood of `depth` steps. */
  focus: string | null;
  depth: 1 | 2;
  /** Two actors whose shortest path is highlighted. */
  path: [string, string] | null;
  view: ViewName;
  panel: PanelName;
  /** The metric the key actor panel ranks by. */
  keyMetric: KeyActorMetric;
  /** Gap profile id (from the API). */
  profile: string | null;
  page: PageName;
  /** The event open on the events page (its id); null: the list of events. */
  event: string | null;
  /** The plan open on the plans page (its id); null: the list of plans. */
  plan: string | null;
}

export const DEFAULT_STATE: UrlState = {
  region: null,
  filters: DEFAULT_FILTERS,
  layout: 'force',
  metric: 'degree',
  selected: null,
  focus: null,
  depth: 1,
  path: null,
  view: 'graph',
  panel: 'actor',
  keyMetric: 'DEGREE',
  profile: null,
  page: 'explorer',
  event: null,
  plan: null,
};

/**
 * The header's link to a page: it leads there, or back to the explorer from the page itself.
 * Either way no event or plan stays open, so the page starts at its list.
 */
export function togglePage(state: UrlState, page: Exclude<PageName, 'explorer'>): UrlState {
  return { ...state, page: state.page === page ? 'explorer' : page, event: null, plan: null };
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const pick = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  values.filter((v): v is T => (allowed as readonly string[]).includes(v));
const one = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
const ID = /^[\w.:-]{1,100}$/;
const id = (value: string | null) => (value && ID.test(value) ? value : null);

/** Reads a query string; anything unknown or malformed falls back to the default. */
export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const region = q.get('region');
  const strength = Number(q.get('strength'));
  const pathIds = list(q.get('path')).filter((p) => ID.test(p));
  return {
    region: region === NATIONAL || (region && /^\d{2}$/.test(region)) ? region : null,
    filters: {
      categories: pick<Category>(CATEGORIES, list(q.get('cat'))),
      municipalities: list(q.get('mun')).filter((m) => /^\d{3}$/.test(m)),
      dimensions: pick<Dimension>(DIMENSIONS, list(q.get('dim'))),
      relationshipTypes: pick<RelationshipType>(RELATIONSHIP_TYPES, list(q.get('type'))),
      minStrength: [1, 2, 3].includes(strength) ? strength : 0,
      hideIsolates: q.get('isolates') === 'hide',
      showOutside: q.get('outside') !== 'hide',
    },
    layout: one<LayoutName>(LAYOUT_NAMES, q.get('layout'), DEFAULT_STATE.layout),
    metric: one<SizeMetric>(SIZE_METRICS, q.get('size'), DEFAULT_STATE.metric),
    selected: id(q.get('actor')),
    focus: id(q.get('focus')),
    depth: q.get('depth') === '2' ? 2 : 1,
    path: pathIds.length === 2 ? [pathIds[0], pathIds[1]] : null,
    view: one<ViewName>(VIEWS, q.get('view'), 'graph'),
    panel: one<PanelName>(PANELS, q.get('panel'), 'actor'),
    keyMetric: one<KeyActorMetric>(KEY_ACTOR_METRICS, q.get('key'), DEFAULT_STATE.keyMetric),
    profile: id(q.get('profile')),
    page: one<PageName>(PAGES, q.get('page'), 'explorer'),
    event: id(q.get('event')),
    plan: id(q.get('plan')),
  };
}

/** Writes the state as a query string, defaults left out, in a fixed order. */
export function serializeUrlState(state: UrlState): string {
  const q = new URLSearchParams();
  const f = state.filters;
  if (state.region) q.set('region', state.region);
  if (f.municipalities.length) q.set('mun', f.municipalities.join(','));
  if (f.categories.length) q.set('cat', f.categories.join(','));
  if (f.dimensions.length) q.set('dim', f.dimensions.join(','));
  if (f.relationshipTypes.length) q.set('type', f.relationshipTypes.join(','));
  if (f.minStrength >= 1) q.set('strength', String(f.minStrength));
  if (f.hideIsolates) q.set('isolates', 'hide');
  if (!f.showOutside) q.set('outside', 'hide');
  if (state.layout !== DEFAULT_STATE.layout) q.set('layout', state.layout);
  if (state.metric !== DEFAULT_STATE.metric) q.set('size', state.metric);
  if (state.selected) q.set('actor', state.selected);
  if (state.focus) {
    q.set('focus', state.focus);
    if (state.depth === 2) q.set('depth', '2');
  }
  if (state.path) q.set('path', state.path.join(','));
  if (state.view !== 'graph') q.set('view', state.view);
  if (state.panel !== 'actor') q.set('panel', state.panel);
  if (state.keyMetric !== DEFAULT_STATE.keyMetric) q.set('key', state.keyMetric);
  if (state.profile) q.set('profile', state.profile);
  if (state.page !== 'explorer') q.set('page', state.page);
  if (state.event) q.set('event', state.event);
  if (state.plan) q.set('plan', state.plan);
  const text = q.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
