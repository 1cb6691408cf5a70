import type { AnalysisScopeInput } from '../../api/generated/graphql';
import { NATIONAL, type UrlState } from '../../url-state';

/**
 * The scope the API analyses: the region (none for the whole country), and the
 * municipality and category filters when set. Other filters (dimensions, tie types,
 * strength) shape only the picture: the analysis always counts every tie.
 */
export function analysisScope(state: Pick<UrlState, 'region' | 'filters'>): AnalysisScopeInput {
  const scope: AnalysisScopeInput = {};
  if (state.region && state.region !== NATIONAL) scope.regionCode = state.region;
  if (state.filters.municipalities.length)
    scope.municipalityCodes = [...state.filters.municipalities].sort();
  if (state.filters.categories.length) scope.categories = [...state.filters.categories].sort();
  return scope;
}
