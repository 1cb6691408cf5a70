import type { Positions } from './layout-types';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'verkosto.layout.';
const INDEX = `${PREFIX}index`;

/**
 * Computed layouts by key (layout, scope, graph signature): switching back to a layout or a
 * scope shows it at once instead of computing it again, and so does the next visit, as the
 * few most recent are also kept in the browser's storage (positions as packed floats in the
 * order of the node list, about 80 kB for 10,000 actors). An edit changes the signature, so
 * a stale layout is never reused.
 */
export class LayoutCache {
  private readonly entries = new Map<string, Positions>();

  constructor(
    private readonly capacity = 8,
    private readonly store: Store | null = null,
    private readonly stored = 4,
  ) {}

  /** `ids` is the node list in its current order: a stored layout is read back by it. */
  get(key: string, ids: readonly string[] = []): Positions | undefined {
    const hit = this.entries.get(key) ?? this.load(key, ids);
    if (hit) {
      // Refresh its place: a Map iterates in insertion order, oldest first.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, positions: Positions, ids: readonly string[] = []): void {
    this.entries.delete(key);
    this.entries.set(key, positions);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    if (ids.length) this.save(key, positions, ids);
  }

  private load(key: string, ids: readonly string[]): Positions | undefined {
    if (!this.store || !ids.length) return undefined;
    try {
      const raw = this.store.getItem(PREFIX + key);
      if (!raw) return undefined;
      const { order, xy } = JSON.parse(raw) as { order: string; xy: string };
      if (order !== orderHash(ids)) return undefined;
      const values = decodeFloats(xy);
      if (values.length !== ids.length * 2) return undefined;
      const positions: Positions = new Map();
      ids.forEach((id, i) => positions.set(id, { x: values[2 * i], y: values[2 * i + 1] }));
      this.entries.set(key, positions);
      return positions;
    } catch {
      return undefined;
    }
  }

  private save(key: string, positions: Positions, ids: readonly string[]): void {
    if (!this.store) return;
    try {
      const values = new Float32Array(ids.length * 2);
      ids.forEach((id, i) => {
        const p = positions.get(id);
        values[2 * i] = p?.x ?? 0;
        values[2 * i + 1] = p?.y ?? 0;
      });
      const index = (JSON.parse(this.store.getItem(INDEX) ?? '[]') as string[]).filter(
        (k) => k !== key,
      );
      index.push(key);
      while (index.length > this.stored) this.store.removeItem(PREFIX + index.shift()!);
      this.store.setItem(
        PREFIX + key,
        JSON.stringify({ order: orderHash(ids), xy: encodeFloats(values) }),
      );
      this.store.setItem(INDEX, JSON.stringify(index));
    } catch {
      // Storage full or blocked: the layout is computed again next time, nothing worse.
    }
  }
}

/** FNV-1a over the ids in order: a stored array is only read back onto the same order. */
export function orderHash(ids: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return `${ids.length}.${(h >>> 0).toString(16)}`;
}

function encodeFloats(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer);
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

function decodeFloats(text: string): Float32Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Float32Array(bytes.buffer);
}

function browserStorage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const layoutCache = new LayoutCache(8, browserStorage());
