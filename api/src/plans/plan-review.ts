import { CATEGORIES, type Category } from '../domain/categories';
import { DIMENSIONS, type Dimension } from '../domain/dimensions';
import type { PlanFields } from '../domain/event-records';
import { MEASURE_STATUSES, type MeasureStatus } from '../domain/event-vocabulary';

export interface PlanReview {
  /** Dimensions no measure works on (dropped measures do not count). */
  dimensionsWithoutMeasure: Dimension[];
  /** Key actors of the plan's area (ids, best first) with no role in any measure. */
  keyActorsWithoutRole: string[];
  /** Categories of actor that have no role in any measure. */
  absentCategories: Category[];
  measuresByStatus: { status: MeasureStatus; count: number }[];
}

/**
 * What a regional action plan leaves out: which of the four dimensions have no measure,
 * which key actors of the region have no role in any measure, and which kinds of actor are
 * absent. `categoryOf` gives the category of an actor named in the plan.
 */
export function reviewPlan(
  plan: Pick<PlanFields, 'measures'>,
  keyActorIds: readonly string[],
  categoryOf: (actorId: string) => Category | undefined,
): PlanReview {
  const active = plan.measures.filter((m) => m.status !== 'dropped');
  const worked = new Set(active.flatMap((m) => m.dimensions));
  const withRole = new Set(active.flatMap((m) => [...m.responsibleActorIds, ...m.partnerActorIds]));
  const present = new Set(
    [...withRole].map(categoryOf).filter((c): c is Category => c !== undefined),
  );
  return {
    dimensionsWithoutMeasure: DIMENSIONS.filter((d) => !worked.has(d)),
    keyActorsWithoutRole: keyActorIds.filter((id) => !withRole.has(id)),
    absentCategories: CATEGORIES.filter((c) => !present.has(c)),
    measuresByStatus: MEASURE_STATUSES.map((status) => ({
      status,
      count: plan.measures.filter((m) => m.status === status).length,
    })),
  };
}
