import { readGeography, type Geography } from '../geography';
import type { ImportRows } from '../import-rows';
import { createPrng } from '../prng';
import { generateActors } from './generate-actors';
import { generatePersons } from './generate-persons';
import { generateTies } from './generate-ties';
import { municipalityPool } from './municipality-pool';
import { resolveOptions, type GenerateNetworkOptions } from './options';

let cachedGeography: Geography | null = null;

/**
 * A synthetic network in the import format, for scale tests and benchmarks. Deterministic:
 * the same options give the same rows, byte for byte once written. Each part draws from
 * its own stream so that, say, asking for persons does not change the ties.
 */
export function generateNetwork(options: GenerateNetworkOptions): ImportRows {
  const resolved = resolveOptions(options);
  const geography = options.geography ?? (cachedGeography ??= readGeography());
  const pool = municipalityPool(geography, resolved.regionCodes);
  if (resolved.actors > 0 && pool.municipalities.length === 0) {
    throw new RangeError('the chosen regions have no municipalities');
  }
  const actors = generateActors(createPrng(resolved.seed), resolved, pool);
  const relationships = generateTies(
    createPrng(resolved.seed ^ 0x5eed71e5),
    resolved,
    actors,
    pool.municipalities.length,
  );
  const persons = generatePersons(createPrng(resolved.seed ^ 0x9e750a5), resolved, actors.rows);
  return { actors: actors.rows, persons, relationships };
}
