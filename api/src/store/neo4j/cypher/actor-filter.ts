import type { ActorFilter } from '../../graph-store';
import { statement, type Statement } from './statement';

/**
 * One fixed predicate per filter the caller may set. A statement holds only the predicates
 * of the filters actually set, rather than `$x IS NULL OR ...`, so that the planner can use
 * the index of each one. A list given but empty matches no actor (IN []).
 */
const PREDICATES = {
  regionCode: 'a.regionCode = $regionCode',
  // A national actor (no region) is visible in every region.
  visibleRegionCodes: '(a.regionCode IS NULL OR a.regionCode IN $visibleRegionCodes)',
  municipalityCodes: 'a.municipalityCode IN $municipalityCodes',
  categories: 'a.category IN $categories',
  // CONTAINS compares characters: a '%' or '_' the user typed is found as itself.
  searchKey: 'a.searchKey CONTAINS $searchKey',
} as const;

export type ActorFilterKey = keyof typeof PREDICATES;

export const ACTOR_FILTER_KEYS = Object.keys(PREDICATES) as ActorFilterKey[];

/** The filter keys that are set, in the fixed order of ACTOR_FILTER_KEYS. */
export function actorFilterKeys(filter: ActorFilter): ActorFilterKey[] {
  return ACTOR_FILTER_KEYS.filter((key) =>
    key === 'searchKey' ? Boolean(filter.searchKey) : filter[key] != null,
  );
}

export function actorFilterParams(
  filter: ActorFilter,
  keys: readonly ActorFilterKey[],
): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, filter[key]]));
}

const AFTER_CURSOR = '(a.searchKey > $afterKey OR (a.searchKey = $afterKey AND a.id > $afterId))';

function where(predicates: readonly string[]): string {
  return predicates.length === 0 ? '' : `WHERE ${predicates.join('\n  AND ')}`;
}

const cache = new Map<string, Statement>();

/** Built once per combination and then reused, so every variant is one stable object. */
function cached(name: string, build: () => Statement): Statement {
  let found = cache.get(name);
  if (!found) {
    found = build();
    cache.set(name, found);
  }
  return found;
}

function label(keys: readonly ActorFilterKey[]): string {
  return keys.length === 0 ? 'all' : keys.join('+');
}

export const ACTOR_FILTER = {
  count(keys: readonly ActorFilterKey[]): Statement {
    const name = `actors.count[${label(keys)}]`;
    return cached(name, () =>
      statement(
        name,
        keys,
        `
MATCH (a:Actor)
${where(keys.map((k) => PREDICATES[k]))}
RETURN count(a) AS total
`,
      ),
    );
  },

  /** A page in name-key order; `limit` is one more than the page, to see whether more follow. */
  page(keys: readonly ActorFilterKey[], afterCursor: boolean): Statement {
    const name = `actors.page[${label(keys)}]${afterCursor ? '.after' : ''}`;
    const predicates: string[] = keys.map((k) => PREDICATES[k]);
    if (afterCursor) predicates.push(AFTER_CURSOR);
    const params = [...keys, ...(afterCursor ? ['afterKey', 'afterId'] : []), 'limit'];
    return cached(name, () =>
      statement(
        name,
        params,
        `
MATCH (a:Actor)
${where(predicates)}
RETURN a {.*} AS actor
ORDER BY a.searchKey, a.id
LIMIT $limit
`,
      ),
    );
  },

  /** Every matching actor, unordered: the nodes of loadNetwork. */
  all(keys: readonly ActorFilterKey[]): Statement {
    const name = `actors.matching[${label(keys)}]`;
    return cached(name, () =>
      statement(
        name,
        keys,
        `
MATCH (a:Actor)
${where(keys.map((k) => PREDICATES[k]))}
RETURN a {.*} AS actor
`,
      ),
    );
  },
};

/** Every subset of the keys, so a test can build and check every variant. */
export function everyActorFilterCombination(
  keys: readonly ActorFilterKey[] = ACTOR_FILTER_KEYS,
): ActorFilterKey[][] {
  return keys.reduce<ActorFilterKey[][]>(
    (subsets, key) => subsets.flatMap((subset) => [subset, [...subset, key]]),
    [[]],
  );
}
