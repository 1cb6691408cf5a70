import type { Prng } from '../prng';
import { CATEGORIES } from '../vocabulary';
import { CATEGORY_PROFILES } from './category-profiles';

/** Pareto shape: 1.5 gives a finite mean and a long tail of very well-connected actors. */
const PARETO_SHAPE = 1.5;
/** Caps one actor's pull so a single draw cannot swallow a small region's network. */
const MAX_FITNESS = 200;

/**
 * Each actor's intrinsic pull: its category's attractiveness times a Pareto-distributed
 * factor. Preferential attachment on degree + fitness then gives heavy-tailed degrees with
 * hubs that are mostly authorities and umbrella organisations, as in real networks.
 */
export function drawFitness(prng: Prng, categoryOf: Int32Array): Float64Array {
  const fitness = new Float64Array(categoryOf.length);
  categoryOf.forEach((c, i) => {
    const pareto = Math.pow(1 - prng.next(), -1 / PARETO_SHAPE);
    fitness[i] = Math.min(MAX_FITNESS, CATEGORY_PROFILES[CATEGORIES[c]].attractiveness * pareto);
  });
  return fitness;
}
