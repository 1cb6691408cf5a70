import type { ActorFilter } from '../graph-store';

export interface FilterSql {
  /** A boolean SQL expression over the actors table; "1" when nothing is filtered. */
  where: string;
  params: Record<string, string>;
  /** False when the filter lets every actor through. */
  filtered: boolean;
}

/**
 * The WHERE clause of findActors and loadNetwork, joined from fixed fragments (one per
 * filter the caller set) so that a set filter can use its index; values are bound, never
 * spliced. A list that is given but empty matches no actor.
 */
export function actorFilterSql(filter: ActorFilter): FilterSql {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  if (filter.regionCode != null) {
    clauses.push('region_code = @region');
    params.region = filter.regionCode;
  }
  if (filter.visibleRegionCodes != null) {
    clauses.push(
      '(region_code IS NULL OR region_code IN (SELECT value FROM json_each(@visibleRegions)))',
    );
    params.visibleRegions = JSON.stringify(filter.visibleRegionCodes);
  }
  if (filter.municipalityCodes != null) {
    clauses.push('municipality_code IN (SELECT value FROM json_each(@municipalities))');
    params.municipalities = JSON.stringify(filter.municipalityCodes);
  }
  if (filter.categories != null) {
    clauses.push('category IN (SELECT value FROM json_each(@categories))');
    params.categories = JSON.stringify(filter.categories);
  }
  if (filter.searchKey) {
    // instr, not LIKE: a '%' or '_' the user typed is a character to find, not a wildcard.
    clauses.push('instr(search_key, @search) > 0');
    params.search = filter.searchKey;
  }
  const filtered = clauses.length > 0;
  return { where: filtered ? clauses.join(' AND ') : '1', params, filtered };
}
