import type { Gap, GapInput, Severity } from '../analysis.types';
import type { Profile } from '../profiles/profile.schema';
import { categoryCoverageGaps } from './category-coverage';
import { dimensionCoverageGaps } from './dimension-coverage';
import { emptyMunicipalityGaps } from './empty-municipalities';
import { gapContext, type GapRule } from './gap-context';
import { isolatedActorGaps } from './isolated-actors';
import { missingTieGaps } from './missing-ties';
import { singleBrokerGaps } from './single-brokers';
import { smallComponentGaps } from './small-components';

/** Every rule, one file each. */
export const GAP_RULES: readonly GapRule[] = [
  categoryCoverageGaps,
  missingTieGaps,
  isolatedActorGaps,
  smallComponentGaps,
  emptyMunicipalityGaps,
  singleBrokerGaps,
  dimensionCoverageGaps,
];

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * What is missing in a scope, measured against a profile: each gap with a severity, a plain
 * explanation in fi/sv/en and the best candidate actors to fill it. Most severe first, then
 * by weight, then by id (stable).
 */
export async function findGaps(input: GapInput, profile: Profile): Promise<Gap[]> {
  const context = await gapContext(input, profile);
  return GAP_RULES.flatMap((rule) => rule(context)).sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.weight - a.weight ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
