import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  togglePage,
  type UrlState,
} from './url-state';

describe('url state', () => {
  it('round-trips scope, filters, layout and selection through the query string', () => {
    const state: UrlState = {
      ...DEFAULT_STATE,
      region: '18',
      filters: {
        categories: ['ngo', 'media'],
        municipalities: ['205', '765'],
        dimensions: ['safety'],
        relationshipTypes: ['FUNDS'],
        minStrength: 2,
        hideIsolates: true,
        showOutside: false,
      },
      layout: 'concentric',
      metric: 'pagerank',
      selected: 'cc1da5de-14e8-4d6b-8fee-9ab183989411',
      focus: 'cc1da5de-14e8-4d6b-8fee-9ab183989411',
      depth: 2,
      path: ['a1', 'b2'],
      view: 'table',
      panel: 'gaps',
      keyMetric: 'BETWEENNESS',
      profile: 'regional_panel',
    };
    const search = serializeUrlState(state);
    expect(search).toContain('cat=ngo,media');
    expect(parseUrlState(search)).toEqual(state);
  });

  it('writes nothing for the defaults, so the start page is a bare address', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
    expect(serializeUrlState({ ...DEFAULT_STATE, region: 'all' })).toBe('?region=all');
  });

  it('ignores unknown and malformed values instead of failing', () => {
    const state = parseUrlState(
      '?region=<script>&cat=ngo,alien&strength=9&layout=spiral&actor=a%20b&mun=20x,205',
    );
    expect(state.region).toBeNull();
    expect(state.filters.categories).toEqual(['ngo']);
    expect(state.filters.minStrength).toBe(0);
    expect(state.filters.municipalities).toEqual(['205']);
    expect(state.layout).toBe('force');
    expect(state.selected).toBeNull();
  });
});

describe('page', () => {
  it('keeps the events page of a region in the URL and drops the default', () => {
    const state = parseUrlState('?region=18&page=events');
    expect(state.page).toBe('events');
    expect(serializeUrlState(state)).toBe('?region=18&page=events');
    expect(parseUrlState('?region=18&page=nonsense').page).toBe('explorer');
    expect(serializeUrlState({ ...state, page: 'explorer' })).toBe('?region=18');
  });

  it('keeps the open event by id, and refuses an id that is not one', () => {
    const state = parseUrlState('?region=18&page=events&event=ev-1f2e');
    expect(state.event).toBe('ev-1f2e');
    expect(serializeUrlState(state)).toBe('?region=18&page=events&event=ev-1f2e');
    expect(parseUrlState('?region=18&page=events&event=a%20b').event).toBeNull();
    expect(serializeUrlState({ ...state, event: null })).toBe('?region=18&page=events');
  });

  it('keeps the plans page and the open plan by id, and refuses an id that is not one', () => {
    const state = parseUrlState('?region=18&page=plans&plan=pl-7a');
    expect([state.page, state.plan]).toEqual(['plans', 'pl-7a']);
    expect(serializeUrlState(state)).toBe('?region=18&page=plans&plan=pl-7a');
    expect(parseUrlState('?region=18&page=plans&plan=a%20b').plan).toBeNull();
    expect(serializeUrlState({ ...state, plan: null })).toBe('?region=18&page=plans');
  });

  it('leads to a page from another, back to the explorer from itself, and closes what was open', () => {
    const onEvent = { ...DEFAULT_STATE, region: '18', page: 'events' as const, event: 'ev-1' };
    expect(togglePage(onEvent, 'plans')).toEqual({ ...onEvent, page: 'plans', event: null });
    expect(togglePage(onEvent, 'events')).toEqual({ ...onEvent, page: 'explorer', event: null });
    const onPlan = { ...DEFAULT_STATE, region: '18', page: 'plans' as const, plan: 'pl-1' };
    expect(togglePage(onPlan, 'events')).toEqual({ ...onPlan, page: 'events', plan: null });
    expect(togglePage({ ...DEFAULT_STATE, region: '18' }, 'plans').page).toBe('plans');
  });
});
