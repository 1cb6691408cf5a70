import type { Core, NodeCollection } from 'cytoscape';

/** The class that gives a node of a large graph its label (style.ts). */
export const LABELLED = 'labelled';

/** A large graph's label size, and the size on screen under which Cytoscape skips it. */
export const LABEL_FONT_PX = 12;
export const LABEL_MIN_SCREEN_PX = 10;
/** A small graph's labels are cut to this width (model units), centred under their actor. */
export const LABEL_MAX_WIDTH = 140;

/** Labels are readable, and so given, from this zoom on. */
export const LABEL_ZOOM = LABEL_MIN_SCREEN_PX / LABEL_FONT_PX;

/** Waits this long after the last pan or zoom step, so a gesture restyles nothing. */
const SETTLE_MS = 120;

/**
 * Level of detail for large graphs: only the actors in view get a label, and only once the
 * view is close enough to read it. Cytoscape measures every label it is given, drawn or
 * not (at 2,000 actors a tenth of the first frame); a few hundred in view cost little.
 * Returns the function that detaches it.
 */
export function attachLabelDetail(cy: Core): () => void {
  let labelled: NodeCollection = cy.collection();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    if (cy.destroyed()) return;
    const inView = cy.zoom() >= LABEL_ZOOM ? nodesInView(cy) : cy.collection();
    cy.batch(() => {
      labelled.difference(inView).removeClass(LABELLED);
      inView.difference(labelled).addClass(LABELLED);
    });
    labelled = inView;
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(update, SETTLE_MS);
  };
  cy.on('viewport', schedule);
  cy.on('add', 'node', schedule);
  return () => {
    clearTimeout(timer);
    cy.removeListener('viewport', schedule);
    cy.removeListener('add', 'node', schedule);
  };
}

function nodesInView(cy: Core): NodeCollection {
  const { x1, y1, x2, y2 } = cy.extent();
  // Positions, not bounding boxes: a node's box includes its label, measured first.
  return cy.nodes().filter((node) => {
    const p = node.position();
    return p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2;
  });
}
