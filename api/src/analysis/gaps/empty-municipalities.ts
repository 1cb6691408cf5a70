import type { Gap } from '../analysis.types';
import type { GapContext } from './gap-context';
import { suggest } from './suggestions';

/**
 * Municipalities of the scope with no actor at all (medium). Needs geography to know the
 * municipalities, and is not checked in a scope limited to some categories (a municipality
 * may have actors of the other kinds). Suggested: central actors of neighbouring
 * municipalities and the region who could extend their work there.
 */
export function emptyMunicipalityGaps(context: GapContext): Gap[] {
  if (context.scope.categories?.length || !context.places.geography) return [];
  const present = new Set(context.actors.map((a) => a.municipalityCode));
  const gaps: Gap[] = [];
  for (const municipalityCode of context.units.municipalities) {
    if (present.has(municipalityCode)) continue;
    const regionCode = context.places.regionOf(municipalityCode);
    const name = context.places.municipalityName(municipalityCode);
    const place = { regionCode, municipalityCode };
    const pool = context.pool;
    gaps.push({
      id: `empty_municipality:${municipalityCode}`,
      kind: 'empty_municipality',
      severity: 'medium',
      weight: 1,
      scope: { regionCode, municipalityCodes: [municipalityCode] },
      groups: [],
      categories: [],
      dimensions: [],
      actorIds: [],
      explanation: {
        fi: `${name.fi}: rekisterissä ei ole yhtään toimijaa.`,
        sv: `${name.sv}: registret har inga aktörer.`,
        en: `${name.en}: no actors in the register.`,
      },
      suggestions: suggest(
        {
          source: pool,
          indexes: pool.actors.keys(),
          place,
          exclude: new Set(['same_municipality', 'national', 'other_region'] as const),
        },
        context.places,
        context.maxSuggestions,
      ),
    });
  }
  return gaps;
}
