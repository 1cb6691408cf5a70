/**
 * Messages between the page and the layout worker. Arrays are typed so they transfer
 * without copying: node i is at positions[2i], positions[2i+1].
 */
export interface ForceRequest {
  kind: 'force';
  nodeCount: number;
  /** Pairs of node indices, one pair per tie. */
  edges: Uint32Array;
  /** Tie strength per pair (1..3): a strong tie pulls harder. */
  weights: Float32Array;
  /** Starting positions (the draft layout). */
  initial: Float32Array;
  /** 1 for a node the user placed by hand: it stays where it is. */
  fixed: Uint8Array;
  /** Node diameters, so a final pass can push overlapping nodes apart. */
  sizes: Float32Array;
  iterations: number;
}

export interface FcoseRequest {
  kind: 'fcose';
  nodeCount: number;
  edges: Uint32Array;
  initial: Float32Array;
  fixed: Uint8Array;
  quality: 'draft' | 'default' | 'proof';
}

export type LayoutRequest = ForceRequest | FcoseRequest;

export type LayoutResponse =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; positions: Float32Array; elapsedMs: number }
  | { kind: 'error'; message: string };
