import type { Category } from '../../domain/categories';
import type { Gap, Severity } from '../analysis.types';
import { count, formatNumber, inAllLocales } from '../locale-format';
import { groupCategories } from '../profiles/group-match';
import type { ProfileGroup } from '../profiles/profile.schema';
import type { GapContext } from './gap-context';
import { importance, quoted, weightedDimensions } from './gap-text';
import type { Place } from './places';
import { suggest } from './suggestions';

/**
 * Category coverage against the profile, per region and per municipality: a group with no
 * actor (high in a region, medium in a municipality) or fewer than the profile's minimum
 * (medium, low). Not repeated per municipality when the whole region lacks the group, and
 * not checked in a municipality with no actors at all (empty-municipalities.ts says that).
 * A region counts every actor whose region it is, municipal or region-wide; a municipality
 * counts the actors located in it. National actors (no region) count nowhere.
 */
export function categoryCoverageGaps(context: GapContext): Gap[] {
  const { actors, units, groups, inScope } = context;
  const gaps: Gap[] = [];
  const inMunicipality = new Set(actors.map((a) => a.municipalityCode));
  for (const group of groups) {
    if (group.min === 0) continue;
    const members = (inScope.members.get(group.id) ?? []).map((i) => actors[i]);
    const regionsWithout = new Set<string>();
    if (group.levels.includes('region')) {
      for (const regionCode of units.regions) {
        const have = members.filter((a) => a.regionCode === regionCode).length;
        if (have >= group.min) continue;
        if (have === 0) regionsWithout.add(regionCode);
        gaps.push(coverageGap(context, group, { regionCode, municipalityCode: null }, have));
      }
    }
    if (group.levels.includes('municipality')) {
      for (const municipalityCode of units.municipalities) {
        if (!inMunicipality.has(municipalityCode)) continue;
        const regionCode =
          context.places.regionOf(municipalityCode) ??
          actors.find((a) => a.municipalityCode === municipalityCode)?.regionCode ??
          null;
        if (regionCode && regionsWithout.has(regionCode)) continue;
        const have = members.filter((a) => a.municipalityCode === municipalityCode).length;
        if (have >= group.min) continue;
        gaps.push(coverageGap(context, group, { regionCode, municipalityCode }, have));
      }
    }
  }
  return gaps;
}

function coverageGap(context: GapContext, group: ProfileGroup, place: Place, have: number): Gap {
  const atMunicipality = place.municipalityCode !== null;
  const severity: Severity =
    have === 0 ? (atMunicipality ? 'medium' : 'high') : atMunicipality ? 'low' : 'medium';
  const name = context.places.name(place);
  const profile = quoted(context.profile.label);
  const explanation = inAllLocales((l) => {
    const min = formatNumber(l, group.min);
    if (have === 0) {
      return {
        fi: `${name.fi}: ei yhtään toimijaa ryhmästä ${group.label.fi}. Profiili ${profile.fi} edellyttää vähintään ${min}.`,
        sv: `${name.sv}: ingen aktör i gruppen ${group.label.sv}. Profilen ${profile.sv} kräver minst ${min}.`,
        en: `${name.en}: no ${group.label.en}. The profile ${profile.en} asks for at least ${min}.`,
      }[l];
    }
    return {
      fi: `${name.fi}: ryhmässä ${group.label.fi} vain ${count(l, have, 'toimija', 'toimijaa')}. Profiili ${profile.fi} edellyttää vähintään ${min}.`,
      sv: `${name.sv}: bara ${count(l, have, 'aktör', 'aktörer')} i gruppen ${group.label.sv}. Profilen ${profile.sv} kräver minst ${min}.`,
      en: `${name.en}: only ${count(l, have, 'actor', 'actors')} among ${group.label.en}. The profile ${profile.en} asks for at least ${min}.`,
    }[l];
  });
  const pool = context.pool;
  const suggestions = suggest(
    {
      source: pool,
      indexes: pool.members.get(group.id) ?? [],
      place,
      // The place lacks the group: suggest from around it, not from inside it.
      exclude: atMunicipality
        ? new Set(['same_municipality'] as const)
        : new Set(['same_municipality', 'neighbouring', 'same_region'] as const),
    },
    context.places,
    context.maxSuggestions,
  );
  return {
    id: `category_coverage:${place.regionCode ?? '-'}:${place.municipalityCode ?? '-'}:${group.id}`,
    kind: 'category_coverage',
    severity,
    weight: importance(group.dimensions),
    scope: {
      regionCode: place.regionCode,
      municipalityCodes: place.municipalityCode ? [place.municipalityCode] : [],
    },
    groups: [group.id],
    categories: groupCategories(group) as Category[],
    dimensions: weightedDimensions(group.dimensions),
    actorIds: [],
    explanation,
    suggestions,
  };
}
