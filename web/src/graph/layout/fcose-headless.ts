import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { FcoseRequest } from './force-protocol';

cytoscape.use(fcose);

/**
 * fcose on a headless Cytoscape inside the layout worker: the same algorithm as on the page,
 * without blocking it. Nodes placed by the user are fixed constraints.
 */
export function runFcose(request: FcoseRequest): Promise<Float32Array> {
  const { nodeCount, edges, initial, fixed } = request;
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i++) {
    elements.push({
      data: { id: `n${i}` },
      position: { x: initial[2 * i], y: initial[2 * i + 1] },
    });
  }
  for (let k = 0; k < edges.length / 2; k++) {
    elements.push({
      data: { id: `e${k}`, source: `n${edges[2 * k]}`, target: `n${edges[2 * k + 1]}` },
    });
  }
  const cy = cytoscape({ headless: true, styleEnabled: true, elements });
  cy.nodes().style({ width: 30, height: 30 });
  const fixedNodeConstraint: { nodeId: string; position: { x: number; y: number } }[] = [];
  for (let i = 0; i < nodeCount; i++) {
    if (fixed[i] === 1) {
      fixedNodeConstraint.push({
        nodeId: `n${i}`,
        position: { x: initial[2 * i], y: initial[2 * i + 1] },
      });
    }
  }
  return new Promise((resolve) => {
    const layout = cy.layout({
      name: 'fcose',
      quality: request.quality,
      randomize: fixedNodeConstraint.length === 0,
      animate: false,
      fit: false,
      nodeRepulsion: 6000,
      idealEdgeLength: 80,
      fixedNodeConstraint: fixedNodeConstraint.length ? fixedNodeConstraint : undefined,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      const out = new Float32Array(nodeCount * 2);
      for (let i = 0; i < nodeCount; i++) {
        const p = cy.getElementById(`n${i}`).position();
        out[2 * i] = p.x;
        out[2 * i + 1] = p.y;
      }
      cy.destroy();
      resolve(out);
    });
    layout.run();
  });
}
