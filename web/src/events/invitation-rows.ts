/**
 * Plain logic behind the invitation list builder and its status table: no DOM, no React, so it is
 * unit-tested like web/src/graph. The API refuses duplicates too; deduping here first keeps a
 * bulk add from failing on the one actor already listed.
 */
export const INVITATION_STATUSES = [
  'draft',
  'invited',
  'registered',
  'declined',
  'attended',
  'no_show',
] as const;

export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface InvitationRow {
  id: string;
  actorId: string;
  personId?: string | null;
  category: string;
  status: InvitationStatus;
  version: number;
}

export interface Candidate {
  actorId: string;
  personId?: string | null;
}

/** Same actor and same contact person (or both the actor's own address) is a duplicate. */
const candidateKey = (c: Candidate) => `${c.actorId}\u0000${c.personId ?? ''}`;

/** The candidates not yet on the list, each once, in the order given. */
export function newCandidates(
  rows: readonly Candidate[],
  candidates: readonly Candidate[],
): Candidate[] {
  const seen = new Set(rows.map(candidateKey));
  const out: Candidate[] = [];
  for (const c of candidates) {
    const k = candidateKey(c);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(c);
    }
  }
  return out;
}

/** Rows per status, every status present (zero included) so the counts line never jumps. */
export function countByStatus(rows: readonly InvitationRow[]): Record<InvitationStatus, number> {
  const counts = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, 0])) as Record<
    InvitationStatus,
    number
  >;
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

/** Rows per actor category, largest first, ties by category name for a stable order. */
export function countByCategory(rows: readonly InvitationRow[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Toggles one row in the selection; returns a new set so React sees the change. */
export function toggleSelected(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * What setInvitationStatus needs for a bulk change: the selected rows with their versions,
 * leaving out those already in the target status (the API would only bump their versions).
 */
export function bulkStatusInput(
  rows: readonly InvitationRow[],
  selected: ReadonlySet<string>,
  status: InvitationStatus,
): { id: string; version: number }[] {
  return rows
    .filter((r) => selected.has(r.id) && r.status !== status)
    .map((r) => ({ id: r.id, version: r.version }));
}
