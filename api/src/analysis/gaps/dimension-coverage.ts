import { DIMENSIONS } from '../../domain/dimensions';
import type { Gap } from '../analysis.types';
import type { GapContext } from './gap-context';
import { scopeOf } from './gap-context';
import { dimensionList } from './gap-text';
import { suggest } from './suggestions';

/**
 * Dimensions no actor in the scope works on (high), and dimensions only one actor works on
 * (low: the work hangs on one actor). Suggested: actors outside the scope, in the
 * surroundings, that work on the dimension, nearest first.
 */
export function dimensionCoverageGaps(context: GapContext): Gap[] {
  const gaps: Gap[] = [];
  if (context.actors.length === 0) return gaps;
  const inScope = new Set(context.actors.map((a) => a.id));
  for (const dimension of DIMENSIONS) {
    const workers = context.actors.filter((a) => a.dimensions.includes(dimension));
    if (workers.length > 1) continue;
    const name = dimensionList([dimension]);
    const pool = context.pool;
    const outside = pool.actors
      .map((a, i) => [a, i] as const)
      .filter(([a]) => !inScope.has(a.id) && a.dimensions.includes(dimension))
      .map(([, i]) => i);
    const only = workers[0];
    gaps.push({
      id: `dimension_coverage:${dimension}`,
      kind: 'dimension_coverage',
      severity: only ? 'low' : 'high',
      weight: 1,
      scope: scopeOf(context),
      groups: [],
      categories: [],
      dimensions: [dimension],
      actorIds: only ? [only.id] : [],
      explanation: only
        ? {
            fi: `Vain ${only.name} työskentelee osa-alueella ${name.fi}: työ on yhden toimijan varassa.`,
            sv: `Bara ${only.name} arbetar med ${name.sv}: arbetet hänger på en enda aktör.`,
            en: `Only ${only.name} works on ${name.en}: the work hangs on one actor.`,
          }
        : {
            fi: `Yksikään toimija ei työskentele osa-alueella ${name.fi}.`,
            sv: `Ingen aktör arbetar med ${name.sv}.`,
            en: `No actor works on ${name.en}.`,
          },
      suggestions: suggest(
        { source: pool, indexes: outside, place: context.scopePlace },
        context.places,
        context.maxSuggestions,
      ),
    });
  }
  return gaps;
}
