import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef, useState, type RefObject } from 'react';
import {
  diffById,
  type EdgeElementData,
  type GraphElements,
  type NodeElementData,
} from './elements';
import { fitViewport } from './fit';
import { attachLabelDetail } from './label-detail';
import { layoutCache } from './layout/layout-cache';
import type { Point, Positions } from './layout/layout-types';
import type { LayoutJob } from './layout/worker-layout';
import { mark, MARKS } from './perf-marks';
import type { RenderOptions } from './render-options';

export interface LayoutInput {
  /** The layout runs again only when this changes (layout, scope, its parameters). */
  key: string;
  /** Where the current graph's computed positions are cached (key + graph signature). */
  cacheKey: string;
  /** The instant first picture, computed on the main thread. */
  draft: () => Positions;
  /** The slower refinement (a worker), or null. */
  refine:
    | null
    | ((
        initial: Positions,
        pinned: ReadonlySet<string>,
        onProgress: (fraction: number) => void,
      ) => LayoutJob);
}

export interface LayoutStatus {
  running: boolean;
  fraction: number;
  error: string | null;
}

export interface CytoscapeHandlers {
  onNodeTap(id: string, modifiers: { shiftKey: boolean }): void;
  onBackgroundTap(): void;
  onNodeHover(id: string | null): void;
}

export interface UseCytoscapeOptions {
  elements: GraphElements;
  classes: ReadonlyMap<string, string>;
  stylesheet: StylesheetJson;
  render: RenderOptions;
  layout: LayoutInput;
  handlers: CytoscapeHandlers;
}

/**
 * The one owner of a Cytoscape instance: created on mount and destroyed on unmount;
 * elements diffed by id inside cy.batch() (never wiped and re-added, so positions and
 * state survive); classes updated where they changed; the layout re-run only when its key
 * changes. Nodes the user drags stay where they are dropped, through later layouts too.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  options: UseCytoscapeOptions,
) {
  const cyRef = useRef<Core | null>(null);
  const nodesRef = useRef(new Map<string, NodeElementData>());
  const edgesRef = useRef(new Map<string, EdgeElementData>());
  const classesRef = useRef(new Map<string, string>());
  const positionsRef = useRef<Positions>(new Map());
  const pinnedRef = useRef(new Map<string, Point>());
  const layoutKeyRef = useRef<string | null>(null);
  const jobRef = useRef<LayoutJob | null>(null);
  const userMovedRef = useRef(false);
  const firstFrameRef = useRef(false);
  /** Guards the deferred ties of a first load against a newer sync or an unmount. */
  const edgeTokenRef = useRef(0);
  /** Guards a layout waiting for its first frame against a newer layout or an unmount. */
  const layoutTokenRef = useRef(0);
  const handlersRef = useRef(options.handlers);
  handlersRef.current = options.handlers;
  const [status, setStatus] = useState<LayoutStatus>({ running: false, fraction: 0, error: null });
  const [instance, setInstance] = useState<Core | null>(null);

  // Create on mount, destroy on unmount. Render options are fixed for an instance's life;
  // the owner remounts the component (a React key) when they change.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { render } = options;
    const cy = cytoscape({
      container: element,
      // Without a layout Cytoscape runs a grid layout over any positions we give it.
      layout: { name: 'preset' },
      style: options.stylesheet,
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      hideEdgesOnViewport: render.hideEdgesOnViewport,
      textureOnViewport: render.textureOnViewport,
      pixelRatio: render.pixelRatio,
      motionBlur: false,
      ...(render.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cy.on('tap', 'node', (event) => {
      const original = event.originalEvent as MouseEvent | undefined;
      handlersRef.current.onNodeTap(event.target.id(), { shiftKey: !!original?.shiftKey });
    });
    cy.on('tap', (event) => {
      if (event.target === cy) handlersRef.current.onBackgroundTap();
    });
    // Hover shows the node's label whatever the zoom (labels of a large graph appear only
    // close up); a class set here, not through React, so hovering costs no render.
    cy.on('mouseover', 'node', (event) => {
      event.target.addClass('hover');
      handlersRef.current.onNodeHover(event.target.id());
    });
    cy.on('mouseout', 'node', (event) => {
      event.target.removeClass('hover');
      handlersRef.current.onNodeHover(null);
    });
    cy.on('dragfree', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      const p = { ...node.position() };
      pinnedRef.current.set(node.id(), p);
      positionsRef.current.set(node.id(), p);
    });
    const detachLabels = render.labelsInViewOnly ? attachLabelDetail(cy) : () => {};
    const userMoved = () => (userMovedRef.current = true);
    element.addEventListener('wheel', userMoved, { passive: true });
    element.addEventListener('pointerdown', userMoved);
    cyRef.current = cy;
    nodesRef.current = new Map();
    edgesRef.current = new Map();
    classesRef.current = new Map();
    setInstance(cy);
    return () => {
      jobRef.current?.cancel();
      jobRef.current = null;
      layoutTokenRef.current++;
      edgeTokenRef.current++;
      layoutKeyRef.current = null;
      element.removeEventListener('wheel', userMoved);
      element.removeEventListener('pointerdown', userMoved);
      detachLabels();
      cy.destroy();
      cyRef.current = null;
      setInstance(null);
    };
  }, [container]);

  useEffect(() => {
    instance?.style(options.stylesheet);
  }, [instance, options.stylesheet]);

  // Elements and layout in one effect, so new nodes get their layout position as they are added.
  const { elements, layout, classes } = options;
  useEffect(() => {
    const cy = instance;
    if (!cy) return;
    const layoutChanged = layoutKeyRef.current !== layout.key;
    const nodeIds = elements.nodes.map((n) => n.id);
    const cached = layoutChanged ? layoutCache.get(layout.cacheKey, nodeIds) : undefined;
    if (layoutChanged) {
      jobRef.current?.cancel();
      jobRef.current = null;
      layoutTokenRef.current++;
      const start = cached ?? layout.draft();
      for (const [id, p] of pinnedRef.current) start.set(id, p);
      positionsRef.current = start;
      userMovedRef.current = false;
    }

    const classesFor = (id: string) => {
      const value = classes.get(id) ?? '';
      classesRef.current.set(id, value);
      return value;
    };
    const nodeDiff = diffById(nodesRef.current, elements.nodes);
    const edgeDiff = diffById(edgesRef.current, elements.edges);
    const newNodes = new Set(nodeDiff.add.map((n) => n.id));
    // The ties of a large first load go in the frame after the actors: the actors are on
    // screen at once, and the tab breathes between the two halves of the work.
    const deferEdges = nodesRef.current.size === 0 && edgeDiff.add.length > DEFER_EDGES_OVER;
    const edgesNow = deferEdges ? [] : edgeDiff.add;
    cy.batch(() => {
      if (edgeDiff.remove.length) cy.remove(byIds(cy, edgeDiff.remove));
      if (nodeDiff.remove.length) cy.remove(byIds(cy, nodeDiff.remove));
      const added: ElementDefinition[] = [];
      // Classes go in with the element: each element is styled once, not once on add and
      // again when the classes effect runs.
      for (const n of nodeDiff.add) {
        const position = placeNew(n.id, positionsRef.current, elements.edges);
        added.push({ group: 'nodes', data: n, position, classes: classesFor(n.id) });
      }
      for (const e of edgesNow) {
        added.push({ group: 'edges', data: e, classes: classesFor(e.id) });
      }
      if (added.length) cy.add(added);
      for (const n of nodeDiff.update) cy.getElementById(n.id).data(n);
      for (const e of edgeDiff.update) cy.getElementById(e.id).data(e);
      if (layoutChanged) applyPositions(cy, positionsRef.current, pinnedRef.current, newNodes);
    });
    const webgl = options.render.webgl;
    if (!firstFrameRef.current && cy.nodes().length > 0) {
      firstFrameRef.current = true;
      afterNextFrame(cy, webgl, () => {
        mark(MARKS.firstFrame, { nodes: cy.nodes().length });
        if (!deferEdges) mark(MARKS.tiesDrawn, { edges: cy.edges().length });
      });
    }
    const token = ++edgeTokenRef.current;
    // Ties wait for a layout being computed: drawn at the draft's positions they would all
    // be drawn again when the actors move (the page's longest task, ~1 s at 10,000 ties).
    const tiesAfterLayout = deferEdges && layoutChanged && !cached && !!layout.refine;
    let drawTies = () => {};
    if (deferEdges) {
      // In chunks, one per frame: the tab stays responsive while 10,000s of ties go in.
      const pending = edgeDiff.add;
      let next = 0;
      const addChunk = () => {
        if (edgeTokenRef.current !== token || cy.destroyed()) return;
        const chunk = pending
          .slice(next, next + EDGE_CHUNK)
          .filter(
            (e) =>
              !edgesRef.current.has(e.id) &&
              cy.getElementById(e.source).nonempty() &&
              cy.getElementById(e.target).nonempty(),
          );
        next += EDGE_CHUNK;
        cy.batch(() => {
          cy.add(
            chunk.map((e) => ({
              group: 'edges' as const,
              data: e,
              classes: classesRef.current.get(e.id) ?? '',
            })),
          );
        });
        for (const e of chunk) edgesRef.current.set(e.id, e);
        if (next < pending.length) afterNextFrame(cy, webgl, addChunk);
        else afterNextFrame(cy, webgl, () => mark(MARKS.tiesDrawn, { edges: cy.edges().length }));
      };
      drawTies = () => afterNextFrame(cy, webgl, addChunk);
      if (!tiesAfterLayout) drawTies();
    }
    for (const id of nodeDiff.remove) {
      nodesRef.current.delete(id);
      classesRef.current.delete(id);
    }
    for (const id of edgeDiff.remove) {
      edgesRef.current.delete(id);
      classesRef.current.delete(id);
    }
    for (const n of [...nodeDiff.add, ...nodeDiff.update]) nodesRef.current.set(n.id, n);
    for (const e of [...edgesNow, ...edgeDiff.update]) edgesRef.current.set(e.id, e);

    if (!layoutChanged) return;
    layoutKeyRef.current = layout.key;
    fitVisible(cy);
    if (cached || !layout.refine) {
      if (!cached) layoutCache.set(layout.cacheKey, new Map(positionsRef.current));
      setStatus({ running: false, fraction: 1, error: null });
      afterNextFrame(cy, options.render.webgl, () =>
        mark(MARKS.layoutSettled, { cached: !!cached }),
      );
      return;
    }
    setStatus({ running: true, fraction: 0, error: null });
    const refine = layout.refine;
    const cacheKey = layout.cacheKey;
    const layoutToken = ++layoutTokenRef.current;
    const start = () => {
      // A newer layout, or an unmount, came first.
      if (layoutTokenRef.current !== layoutToken || cy.destroyed()) return;
      const pinnedIds = new Set(pinnedRef.current.keys());
      const job = refine(new Map(positionsRef.current), pinnedIds, (fraction) => {
        if (jobRef.current === job) setStatus({ running: true, fraction, error: null });
      });
      jobRef.current = job;
      job.done.then(
        (positions) => {
          if (jobRef.current !== job) return;
          jobRef.current = null;
          positionsRef.current = positions;
          cy.batch(() => applyPositions(cy, positions, pinnedRef.current, new Set()));
          if (!userMovedRef.current) fitVisible(cy);
          layoutCache.set(cacheKey, new Map(positions), nodeIds);
          setStatus({ running: false, fraction: 1, error: null });
          afterNextFrame(cy, webgl, () => mark(MARKS.layoutSettled, { cached: false }));
          drawTies();
        },
        (error: unknown) => {
          if (jobRef.current !== job) return;
          jobRef.current = null;
          const message = error instanceof Error ? error.message : String(error);
          setStatus({ running: false, fraction: 1, error: message });
          drawTies();
        },
      );
    };
    // The worker starts once the draft is on screen: on two cores it would otherwise take
    // CPU from the first frame.
    afterNextFrame(cy, webgl, start);
    // The layout object is read through its key; a new object with the same key changes nothing.
  }, [instance, elements, layout.key, layout.cacheKey]);

  // Classes: only the elements whose class string changed.
  useEffect(() => {
    const cy = instance;
    if (!cy) return;
    cy.batch(() => {
      for (const [id, value] of classes) {
        if ((classesRef.current.get(id) ?? '') === value) continue;
        const element = cy.getElementById(id);
        if (element.nonempty()) element.classes(value);
        classesRef.current.set(id, value);
      }
    });
  }, [instance, classes, elements]);

  return { cy: instance, status };
}

/** A first load with more ties than this draws its actors one frame before its ties. */
const DEFER_EDGES_OVER = 3000;
/** Ties added per frame after that: 5,000 made a 2 s task at 2,000 actors, 2,000 about 1 s (web bench). */
const EDGE_CHUNK = 2_000;

/** A node added after the layout ran: next to a neighbour already placed, else the centre. */
function placeNew(id: string, positions: Positions, edges: readonly EdgeElementData[]): Point {
  const known = positions.get(id);
  if (known) return known;
  for (const e of edges) {
    const other = e.source === id ? e.target : e.target === id ? e.source : null;
    const p = other ? positions.get(other) : undefined;
    if (p) {
      const placed = { x: p.x + 40 + Math.random() * 20, y: p.y + 40 + Math.random() * 20 };
      positions.set(id, placed);
      return placed;
    }
  }
  const placed = { x: 0, y: 0 };
  positions.set(id, placed);
  return placed;
}

function applyPositions(
  cy: Core,
  positions: Positions,
  pinned: ReadonlyMap<string, Point>,
  skip: ReadonlySet<string>,
) {
  cy.nodes().forEach((node) => {
    const id = node.id();
    if (skip.has(id)) return;
    const p = pinned.get(id) ?? positions.get(id);
    if (p) node.position(p);
  });
}

/** Fits the visible elements; with nothing visible the viewport is left alone. */
export function fitVisible(cy: Core, ids?: readonly string[]) {
  // hasClass, not ':visible': the selector computes every element's style first.
  const nodes = (ids ? byIds(cy, ids).nodes() : cy.nodes()).filter((n) => !n.hasClass('hidden'));
  const discs = nodes.map((node: cytoscape.NodeSingular) => ({
    ...node.position(),
    size: Number(node.data('size')) || 20,
  }));
  const viewport = fitViewport(discs, cy.width(), cy.height(), {
    min: cy.minZoom(),
    max: cy.maxZoom(),
  });
  if (viewport) cy.viewport(viewport);
}

function byIds(cy: Core, ids: readonly string[]): cytoscape.CollectionReturnValue {
  const collection = cy.collection();
  for (const id of ids) collection.merge(cy.getElementById(id));
  return collection;
}

/**
 * Calls back once the next frame with the current elements has been drawn: Cytoscape's
 * canvas renderer says so with a 'render' event; its WebGL renderer emits none, so there the
 * frame after Cytoscape's own animation-frame callback is taken.
 */
function afterNextFrame(cy: Core, webgl: boolean, callback: () => void) {
  if (webgl) requestAnimationFrame(() => setTimeout(callback, 0));
  else cy.one('render', () => setTimeout(callback, 0));
}
