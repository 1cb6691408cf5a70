export interface SvgNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  outside: boolean;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  directed: boolean;
}

export interface SvgDrawing {
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  /** Read by screen readers and shown as a tooltip by some viewers. */
  title: string;
  /** Labels drawn only when there are at most this many nodes (legibility). */
  maxLabels?: number;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const round = (n: number) => Math.round(n * 10) / 10;
const DASH = { solid: '', dashed: ' stroke-dasharray="6 4"', dotted: ' stroke-dasharray="1.5 3"' };

/**
 * The visible graph as a standalone SVG document, written from element positions and the
 * same data the stylesheet reads. Cytoscape itself exports only bitmaps; a vector file is
 * what goes into reports and slides.
 */
export function buildSvg({ nodes, edges, title, maxLabels = 600 }: SvgDrawing): string {
  const pad = 40;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.x - n.size / 2);
    minY = Math.min(minY, n.y - n.size / 2);
    maxX = Math.max(maxX, n.x + n.size / 2);
    maxY = Math.max(maxY, n.y + n.size / 2 + 16);
  }
  if (!nodes.length) [minX, minY, maxX, maxY] = [0, 0, 100, 100];
  const width = round(maxX - minX + 2 * pad);
  const height = round(maxY - minY + 2 * pad);
  const ox = pad - minX;
  const oy = pad - minY;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="context-stroke"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g class="edges" stroke-linecap="round" fill="none" opacity="0.7">',
  );
  for (const e of edges) {
    out.push(
      `<line x1="${round(e.x1 + ox)}" y1="${round(e.y1 + oy)}" x2="${round(e.x2 + ox)}" y2="${round(e.y2 + oy)}" stroke="${e.color}" stroke-width="${e.width}"${DASH[e.lineStyle]}${e.directed ? ' marker-end="url(#arrow)"' : ''}/>`,
    );
  }
  out.push('</g>', '<g class="nodes" stroke="#ffffff">');
  for (const n of nodes) {
    out.push(
      `<circle cx="${round(n.x + ox)}" cy="${round(n.y + oy)}" r="${round(n.size / 2)}" fill="${n.color}"${n.outside ? ' fill-opacity="0.55" stroke="#52606d" stroke-dasharray="3 2"' : ''}/>`,
    );
  }
  out.push('</g>');
  if (nodes.length <= maxLabels) {
    out.push(
      '<g class="labels" font-family="system-ui, sans-serif" font-size="11" fill="#1f2933" text-anchor="middle">',
    );
    for (const n of nodes) {
      out.push(
        `<text x="${round(n.x + ox)}" y="${round(n.y + oy + n.size / 2 + 12)}">${escapeXml(n.label)}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}
