import type cytoscape from 'cytoscape';
import type { StylesheetJson } from 'cytoscape';
import { LABEL_FONT_PX, LABEL_MAX_WIDTH, LABEL_MIN_SCREEN_PX, LABELLED } from './label-detail';

export interface StyleOptions {
  /** Over ~1,000 actors: cheaper edges (haystack, no arrows), labels only in view and close. */
  large: boolean;
}

const HIGHLIGHT = '#d81b60';
const SELECTED = '#111827';

/**
 * The graph's stylesheet. Colours, sizes and widths come from element data (see
 * elements.ts) so the style is the same for every graph; classes (view-classes.ts) show
 * filters, selection, paths and hover. Labels use min-zoomed-font-size: Cytoscape skips
 * text that would be drawn smaller than that; large graphs also label only what is in view.
 */
export function buildStylesheet({ large }: StyleOptions): StylesheetJson {
  // Every property costs per element when styles are applied (Cytoscape checks each for
  // side effects): a 2,000-actor graph has 12,000 elements. Large graphs get the few that
  // carry meaning; small ones the full polish. Edge opacity is baked into the colours.
  const nodeStyle = large
    ? {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
      }
    : {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        'border-width': 1,
        'border-color': '#ffffff',
        label: 'data(label)',
        // Bigger nodes get bigger labels: with min-zoomed-font-size, the labels of the
        // important actors appear first as one zooms in.
        'font-size': 'mapData(size, 14, 64, 9, 18)',
        'font-family': 'system-ui, sans-serif',
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        // Ellipsis measures labels character by character: small graphs only.
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
      };
  const edgeStyle = large
    ? { width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'haystack' }
    : {
        width: 'data(width)',
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)',
        'curve-style': 'straight',
      };
  // A large graph labels only the actors label-detail.ts marks (in view, close up) and the
  // ones the user points at.
  const largeLabels = large
    ? [
        {
          selector: `node.${LABELLED}, node.hover, node.selected, node.highlighted, node.on-path`,
          style: {
            label: 'data(label)',
            'font-size': LABEL_FONT_PX,
            'text-valign': 'bottom',
            'min-zoomed-font-size': LABEL_MIN_SCREEN_PX,
          } as cytoscape.Css.Node,
        },
      ]
    : [];
  return [
    { selector: 'node', style: nodeStyle as cytoscape.Css.Node },
    ...largeLabels,
    { selector: 'edge', style: edgeStyle as cytoscape.Css.Edge },
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
    {
      selector: 'node.hover',
      style: {
        'min-zoomed-font-size': 0,
        'font-size': 14,
        'z-index': 40,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
      },
    },
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
