import type { Core } from 'cytoscape';
import type { EdgeElementData, NodeElementData } from './elements';
import { buildSvg } from './svg-export';

/**
 * The whole visible graph as a PNG (Cytoscape's own renderer). Large graphs are drawn at
 * scale 1 and capped, so a 10,000-actor export stays a sane size.
 */
export function exportPng(cy: Core): Blob {
  const large = cy.nodes(':visible').length > 1000;
  return cy.png({
    output: 'blob',
    full: true,
    bg: '#ffffff',
    scale: large ? 1 : 2,
    maxWidth: 8000,
    maxHeight: 8000,
  });
}

/** The visible graph as SVG, from the positions and data Cytoscape holds. */
export function exportSvg(cy: Core, title: string): string {
  const nodes = cy.nodes(':visible').map((n) => {
    const data = n.data() as NodeElementData;
    const p = n.position();
    return {
      x: p.x,
      y: p.y,
      size: data.size,
      color: data.color,
      label: data.label,
      outside: data.outside,
    };
  });
  const edges = cy.edges(':visible').map((e) => {
    const data = e.data() as EdgeElementData;
    const s = e.source().position();
    const t = e.target().position();
    return {
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      color: data.color,
      width: data.width,
      lineStyle: data.lineStyle,
      directed: data.directed,
    };
  });
  return buildSvg({ nodes, edges, title });
}
