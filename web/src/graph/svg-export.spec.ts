import { describe, expect, it } from 'vitest';
import { buildSvg } from './svg-export';

describe('buildSvg', () => {
  const drawing = {
    title: 'Verkosto: Kainuu',
    nodes: [
      {
        x: 0,
        y: 0,
        size: 20,
        color: '#1f5fa8',
        label: 'Kajaanin <kaupunki> & "muut"',
        outside: false,
      },
      { x: 100, y: 50, size: 40, color: '#7cb342', label: 'Järjestö', outside: true },
    ],
    edges: [
      {
        x1: 0,
        y1: 0,
        x2: 100,
        y2: 50,
        color: '#7a8794',
        width: 2.5,
        lineStyle: 'dashed' as const,
        directed: true,
      },
    ],
  };

  it('draws every node, tie and label, escaping text', () => {
    const svg = buildSvg(drawing);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('Kajaanin &#60;kaupunki&#62; &#38; &#34;muut&#34;');
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('stroke-dasharray="6 4"');
  });

  it('fits the drawing into its own box, margins included', () => {
    const svg = buildSvg(drawing);
    const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
    expect(Number(width)).toBeCloseTo(100 + 10 + 20 + 80, 0);
    expect(Number(height)).toBeGreaterThan(50);
  });

  it('leaves labels out of a drawing too crowded to read them', () => {
    expect(buildSvg({ ...drawing, maxLabels: 1 })).not.toContain('<text');
  });
});
