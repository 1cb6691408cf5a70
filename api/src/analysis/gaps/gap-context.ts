import { buildAnalysisGraph, type AnalysisGraph } from '../analysis-graph';
import { analyseNetwork } from '../analyse-network';
import type {
  AnalysisActor,
  AnalysisScope,
  Gap,
  GapInput,
  NetworkAnalysis,
} from '../analysis.types';
import { groupCategories } from '../profiles/group-match';
import type { Profile, ProfileGroup } from '../profiles/profile.schema';
import { CandidateSource } from './candidate-source';
import { Places, type Place } from './places';

/** What every gap rule reads. */
export interface GapContext {
  profile: Profile;
  scope: AnalysisScope;
  actors: readonly AnalysisActor[];
  graph: AnalysisGraph;
  analysis: NetworkAnalysis;
  /** The scope's own actors as candidates (ties to add inside the scope). */
  inScope: CandidateSource;
  /** Where actors from outside are suggested from: the surroundings, else the scope. */
  pool: CandidateSource;
  places: Places;
  /** The regions and municipalities whose coverage is checked. */
  units: { regions: string[]; municipalities: string[] };
  /** The profile's groups that can exist in this scope (see applicableGroups). */
  groups: ProfileGroup[];
  /** The place suggestions for scope-wide gaps are measured from. */
  scopePlace: Place;
  maxSuggestions: number;
}

export type GapRule = (context: GapContext) => Gap[];

export async function gapContext(input: GapInput, profile: Profile): Promise<GapContext> {
  const options = input.options ?? {};
  const scope = input.scope ?? {};
  const analysis =
    input.analysis ??
    (await analyseNetwork({ actors: input.actors, relationships: input.relationships, options }));
  const graph = buildAnalysisGraph(input.actors, input.relationships, options.weighted ?? true);
  const inScope = new CandidateSource(input.actors, analysis, profile);
  let pool = inScope;
  if (input.surroundings) {
    // Only PageRank and communities rank candidates; shortest paths would cost the most.
    const around = await analyseNetwork({
      ...input.surroundings,
      options: { ...options, pathMetrics: false },
    });
    pool = new CandidateSource(input.surroundings.actors, around, profile);
  }
  const places = new Places(input.geography ?? null);
  const municipalityCodes = scope.municipalityCodes?.length ? [...scope.municipalityCodes] : null;
  return {
    profile,
    scope,
    actors: input.actors,
    graph,
    analysis,
    inScope,
    pool,
    places,
    units: units(scope, input.actors, places),
    groups: applicableGroups(profile, scope),
    scopePlace: {
      regionCode:
        scope.regionCode ??
        (municipalityCodes ? places.regionOf(municipalityCodes[0]) : null) ??
        null,
      municipalityCode: municipalityCodes?.length === 1 ? municipalityCodes[0] : null,
    },
    maxSuggestions: options.maxSuggestions ?? 3,
  };
}

/**
 * The places whose coverage is checked:
 * - a region scope: the region and all its municipalities;
 * - a set of municipalities: those municipalities only (a part of a region says nothing
 *   about the region);
 * - the whole register: every region and municipality.
 * Without geography the lists come from the actors' own codes, so a municipality with no
 * actor cannot be noticed.
 */
function units(
  scope: AnalysisScope,
  actors: readonly AnalysisActor[],
  places: Places,
): GapContext['units'] {
  const known = places.geography !== null;
  const fromActors = (pick: (a: AnalysisActor) => string | null): string[] =>
    [...new Set(actors.map(pick).filter((c): c is string => c !== null))].sort();
  if (scope.municipalityCodes?.length) {
    return { regions: [], municipalities: [...scope.municipalityCodes].sort() };
  }
  if (scope.regionCode) {
    const municipalities = known
      ? places.municipalityCodesOf(scope.regionCode)
      : fromActors((a) => (a.regionCode === scope.regionCode ? a.municipalityCode : null));
    return { regions: [scope.regionCode], municipalities };
  }
  return known
    ? { regions: places.allRegionCodes(), municipalities: places.allMunicipalityCodes() }
    : {
        regions: fromActors((a) => a.regionCode),
        municipalities: fromActors((a) => a.municipalityCode),
      };
}

/**
 * A scope limited to some categories cannot hold the other kinds of actor; the groups
 * outside those categories are not checked (they would all be "missing").
 */
function applicableGroups(profile: Profile, scope: AnalysisScope): ProfileGroup[] {
  if (!scope.categories?.length) return profile.groups;
  const allowed = new Set<string>(scope.categories);
  return profile.groups.filter((g) => groupCategories(g).some((c) => allowed.has(c)));
}

/** The scope as a gap reports it. */
export function scopeOf(context: GapContext): Gap['scope'] {
  return {
    regionCode: context.scope.regionCode ?? context.scopePlace.regionCode,
    municipalityCodes: context.scope.municipalityCodes ? [...context.scope.municipalityCodes] : [],
  };
}
