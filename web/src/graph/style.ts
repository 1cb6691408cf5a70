import type { StylesheetJson } from 'cytoscape';

export interface StyleOptions {
  /** Over ~1,000 actors: cheaper edges (haystack, no arrows) and labels only when close. */
  large: boolean;
}

const HIGHLIGHT = '#d81b60';
const SELECTED = '#111827';

/**
 * The graph's stylesheet. Colours, sizes and widths come from element data (see
 * elements.ts) so the style is the same for every graph; classes (view-classes.ts) show
 * filters, selection, paths and hover. Labels use min-zoomed-font-size: Cytoscape skips
 * text that would be drawn smaller than that, which is the level-of-detail rule.
 */
export function buildStylesheet({ large }: StyleOptions): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        'border-width': 1,
        'border-color': '#ffffff',
        label: 'data(label)',
        // Bigger nodes get bigger labels: with min-zoomed-font-size, the labels of the
        // important actors appear first as one zooms in.
        'font-size': 'mapData(size, 14, 64, 9, 18)' as unknown as number,
        'font-family': 'system-ui, sans-serif',
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        // Ellipsis measures each label character by character (about a second for 2,000
        // labels here), so large graphs draw their labels whole.
        'text-wrap': large ? 'none' : 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': '#ffffff',
        'text-outline-width': large ? 0 : 2,
        'min-zoomed-font-size': large ? 10 : 8,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)' as 'solid',
        opacity: 0.7,
        'curve-style': large ? 'haystack' : 'straight',
      },
    },
    ...(large
      ? []
      : [
          {
            selector: 'edge[?directed]',
            style: {
              'target-arrow-shape': 'triangle',
              'target-arrow-color': 'data(color)',
              'arrow-scale': 0.8,
            },
          } as const,
        ]),
    {
      selector: '.outside',
      style: {
        opacity: 0.55,
        'border-style': 'dashed',
        'border-color': '#52606d',
        'border-width': 2,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: 0.15 } },
    {
      selector: 'node.selected',
      style: {
        'border-width': 4,
        'border-color': SELECTED,
        'z-index': 10,
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'node.highlighted',
      style: {
        'border-width': 5,
        'border-color': HIGHLIGHT,
        'z-index': 20,
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'node.on-path',
      style: { 'border-width': 4, 'border-color': HIGHLIGHT, 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'edge.on-path',
      style: { 'line-color': HIGHLIGHT, width: 5, opacity: 1, 'z-index': 30 },
    },
  ];
}
