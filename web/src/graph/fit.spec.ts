import { describe, expect, it } from 'vitest';
import { FIT_MAX_ZOOM, fitViewport } from './fit';
import { LABEL_MAX_WIDTH } from './label-detail';

const RANGE = { min: 0.02, max: 4 };

/** Where a model point lands on screen. */
const onScreen = (v: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({
  x: v.pan.x + v.zoom * x,
  y: v.pan.y + v.zoom * y,
});

describe('fitViewport', () => {
  it('shows every actor and half its label inside the padded screen, centred', () => {
    const discs = [
      { x: -1000, y: 0, size: 20 },
      { x: 1000, y: 500, size: 40 },
    ];
    const v = fitViewport(discs, 800, 600, RANGE)!;
    const half = LABEL_MAX_WIDTH / 2;
    const left = onScreen(v, -1000 - half, 0);
    const right = onScreen(v, 1000 + half, 0);
    expect(left.x).toBeCloseTo(30);
    expect(right.x).toBeCloseTo(770);
    const top = onScreen(v, 0, -10);
    const bottom = onScreen(v, 0, 520 + 14);
    expect(top.y).toBeGreaterThanOrEqual(30);
    expect(bottom.y).toBeLessThanOrEqual(570);
    expect((top.y + bottom.y) / 2).toBeCloseTo(300);
  });

  it('does not zoom a lone actor up to fill the screen', () => {
    const v = fitViewport([{ x: 50, y: 50, size: 30 }], 800, 600, RANGE)!;
    expect(v.zoom).toBe(FIT_MAX_ZOOM);
    const centre = onScreen(v, 50, 50 + 7);
    expect(centre.x).toBeCloseTo(400);
    expect(centre.y).toBeCloseTo(300);
  });

  it('keeps to the zoom range of a huge graph', () => {
    const v = fitViewport(
      [
        { x: -1e7, y: 0, size: 10 },
        { x: 1e7, y: 0, size: 10 },
      ],
      800,
      600,
      RANGE,
    )!;
    expect(v.zoom).toBe(RANGE.min);
  });

  it('leaves the viewport alone with nothing to fit or no room', () => {
    expect(fitViewport([], 800, 600, RANGE)).toBeNull();
    expect(fitViewport([{ x: 0, y: 0, size: 10 }], 40, 600, RANGE)).toBeNull();
  });
});
