import type { Positions } from './layout-types';

/**
 * Computed layouts by key (layout, scope, graph signature): switching back to a scope or a
 * layout shows it at once instead of computing it again. Kept in memory, the few most
 * recent only; an edit changes the signature, so a stale layout is never reused.
 */
export class LayoutCache {
  private readonly entries = new Map<string, Positions>();

  constructor(private readonly capacity = 8) {}

  get(key: string): Positions | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place: a Map iterates in insertion order, oldest first.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, positions: Positions): void {
    this.entries.delete(key);
    this.entries.set(key, positions);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}

export const layoutCache = new LayoutCache();
