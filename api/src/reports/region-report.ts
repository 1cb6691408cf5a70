import type { Labels } from '../domain/categories';
import { CATEGORIES, type Category } from '../domain/categories';
import type { EventRecord, PlanRecord } from '../domain/event-records';
import { MEASURE_STATUSES, type MeasureStatus } from '../domain/event-vocabulary';
import type { ActorRecord } from '../domain/records';
import type { Participation } from '../store/event-store';
import type { NetworkTie } from '../store/graph-store';

export interface CategoryReach {
  category: Category;
  actors: number;
  invited: number;
  attended: number;
}

export interface RegionReportData {
  regionCode: string;
  regionName: string;
  year: number | null;
  actorCount: number;
  tieCount: number;
  byCategory: { category: Category; count: number }[];
  byMunicipality: { code: string; name: string; count: number }[];
  keyActors: { actor: ActorRecord; rank: number; reason: Labels }[];
  gaps: { id: string; severity: string; explanation: Labels; suggestedActorIds: string[] }[];
  events: EventRecord[];
  eventsHeld: number;
  reach: CategoryReach[];
  plans: { plan: PlanRecord; measuresByStatus: { status: MeasureStatus; count: number }[] }[];
}

/** Counts per category, in the legend's order, categories with no actor left out. */
export function countByCategory(
  actors: readonly ActorRecord[],
): { category: Category; count: number }[] {
  const counts = new Map<Category, number>();
  for (const a of actors) counts.set(a.category, (counts.get(a.category) ?? 0) + 1);
  return CATEGORIES.filter((c) => counts.has(c)).map((category) => ({
    category,
    count: counts.get(category)!,
  }));
}

/** Ties with both ends among the actors. */
export function tiesWithin(actors: readonly ActorRecord[], ties: readonly NetworkTie[]): number {
  const ids = new Set(actors.map((a) => a.id));
  return ties.filter((t) => ids.has(t.sourceId) && ids.has(t.targetId)).length;
}

/**
 * How many of the region's actors of each category the events reached: invited (past draft)
 * to at least one of `eventIds`, and attended at least one.
 */
export function reachByCategory(
  actors: readonly ActorRecord[],
  participation: readonly Participation[],
  eventIds: ReadonlySet<string>,
): CategoryReach[] {
  const invited = new Set<string>();
  const attended = new Set<string>();
  for (const p of participation) {
    if (!eventIds.has(p.eventId)) continue;
    if (p.role === 'invited') invited.add(p.actorId);
    if (p.role === 'attended') attended.add(p.actorId);
  }
  return countByCategory(actors).map(({ category, count }) => {
    const own = actors.filter((a) => a.category === category);
    return {
      category,
      actors: count,
      invited: own.filter((a) => invited.has(a.id)).length,
      attended: own.filter((a) => attended.has(a.id)).length,
    };
  });
}

export function measuresByStatus(plan: PlanRecord): { status: MeasureStatus; count: number }[] {
  return MEASURE_STATUSES.map((status) => ({
    status,
    count: plan.measures.filter((m) => m.status === status).length,
  }));
}
