import type { ActorNode } from './model';

/**
 * Lower case without accents, so "aanekoski" finds "Äänekoski" and "sodra" finds "Södra".
 * NFD splits å, ä and ö into a base letter and a combining mark, which is dropped.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fi').trim();
}

/**
 * Actors whose name contains the query, accent- and case-insensitively: names that start
 * with it first, then names with a word that starts with it, then the rest; by name within each.
 */
export function searchActors(nodes: readonly ActorNode[], query: string, limit = 20): ActorNode[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const scored: { node: ActorNode; rank: number; folded: string }[] = [];
  for (const node of nodes) {
    const folded = foldForSearch(node.name);
    if (!folded.includes(q)) continue;
    const rank = folded.startsWith(q)
      ? 0
      : [' ', '-', '('].some((c) => folded.includes(c + q))
        ? 1
        : 2;
    scored.push({ node, rank, folded });
  }
  scored.sort((a, b) => a.rank - b.rank || a.folded.localeCompare(b.folded, 'fi'));
  return scored.slice(0, limit).map((s) => s.node);
}
