import type { Category } from '../domain/categories';
import type { InvitationRecord } from '../domain/event-records';
import { INVITATION_STATUSES, type InvitationStatus } from '../domain/event-vocabulary';

export interface StatusCount {
  status: InvitationStatus;
  count: number;
}

export interface CategoryCount {
  category: Category;
  count: number;
  /** Per status, every status listed (0 included), in the vocabulary's order. */
  byStatus: StatusCount[];
}

export interface InvitationCounts {
  total: number;
  byStatus: StatusCount[];
  byCategory: CategoryCount[];
}

/** Counts of an invitation list per status and per category of the invited actor. */
export function countInvitations(
  invitations: readonly Pick<InvitationRecord, 'actorId' | 'status'>[],
  categoryOf: (actorId: string) => Category | undefined,
  categoryOrder: readonly Category[],
): InvitationCounts {
  const zero = () => new Map(INVITATION_STATUSES.map((s) => [s, 0]));
  const byStatus = zero();
  const byCategory = new Map<Category, Map<InvitationStatus, number>>();
  for (const i of invitations) {
    byStatus.set(i.status, (byStatus.get(i.status) ?? 0) + 1);
    const category = categoryOf(i.actorId);
    if (!category) continue;
    const counts = byCategory.get(category) ?? zero();
    counts.set(i.status, (counts.get(i.status) ?? 0) + 1);
    byCategory.set(category, counts);
  }
  const list = (m: Map<InvitationStatus, number>) =>
    INVITATION_STATUSES.map((status) => ({ status, count: m.get(status) ?? 0 }));
  return {
    total: invitations.length,
    byStatus: list(byStatus),
    byCategory: categoryOrder
      .filter((c) => byCategory.has(c))
      .map((category) => {
        const counts = list(byCategory.get(category)!);
        return { category, count: counts.reduce((s, c) => s + c.count, 0), byStatus: counts };
      }),
  };
}
