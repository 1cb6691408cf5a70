import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachLabelDetail, LABEL_ZOOM, LABELLED } from './label-detail';

describe('attachLabelDetail', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  // A headless Cytoscape's viewport is 1 x 1 model units at zoom 1, from (0, 0).
  const setUp = () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const detach = attachLabelDetail(cy);
    cy.add([
      { data: { id: 'near' }, position: { x: 0.2, y: 0.3 } },
      { data: { id: 'far' }, position: { x: 5, y: 5 } },
    ]);
    const labelled = () =>
      cy
        .nodes(`.${LABELLED}`)
        .map((n) => n.id())
        .sort();
    return { cy, detach, labelled };
  };

  it('labels the actors in view once the view is close enough and settled', () => {
    const { cy, labelled } = setUp();
    vi.advanceTimersByTime(200);
    expect(labelled()).toEqual(['near']);

    cy.pan({ x: -5, y: -5 });
    expect(labelled()).toEqual(['near']); // not during the gesture
    vi.advanceTimersByTime(200);
    expect(labelled()).toEqual(['far']);

    cy.viewport({ zoom: LABEL_ZOOM * 0.9, pan: { x: 0, y: 0 } });
    vi.advanceTimersByTime(200);
    expect(labelled()).toEqual([]);
    cy.destroy();
  });

  it('stops following the viewport once detached', () => {
    const { cy, detach, labelled } = setUp();
    vi.advanceTimersByTime(200);
    detach();
    cy.pan({ x: -5, y: -5 });
    vi.advanceTimersByTime(200);
    expect(labelled()).toEqual(['near']);
    cy.destroy();
  });
});
