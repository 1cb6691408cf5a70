import type { Gap } from '../analysis.types';
import type { GapContext } from './gap-context';
import { nearbyInMainComponent, sharedDimensions } from './nearby';
import { RANK_BY_NEARNESS, suggest } from './suggestions';

/**
 * Actors with no tie to anyone else in the scope (medium): nobody reaches them through the
 * network. Suggested: central actors of the main component near them, preferring those that
 * work on the same dimensions.
 */
export function isolatedActorGaps(context: GapContext): Gap[] {
  const { actors, analysis } = context;
  const gaps: Gap[] = [];
  if (actors.length < 2) return gaps;
  analysis.actors.forEach((metrics, i) => {
    if (metrics.degree > 0) return;
    const actor = actors[i];
    const place = { regionCode: actor.regionCode, municipalityCode: actor.municipalityCode };
    const suggestions = suggest(
      {
        source: context.inScope,
        indexes: nearbyInMainComponent(context, place, new Set([i])),
        place,
        weights: RANK_BY_NEARNESS,
        bonus: (j) => sharedDimensions(actor.dimensions, actors[j].dimensions),
      },
      context.places,
      context.maxSuggestions,
    );
    gaps.push({
      id: `isolated_actor:${actor.id}`,
      kind: 'isolated_actor',
      severity: 'medium',
      weight: 1,
      scope: {
        regionCode: actor.regionCode,
        municipalityCodes: actor.municipalityCode ? [actor.municipalityCode] : [],
      },
      groups: [],
      categories: [actor.category],
      dimensions: [...actor.dimensions],
      actorIds: [actor.id],
      explanation: {
        fi: `Toimijalla ${actor.name} ei ole yhteyksiä muihin toimijoihin.`,
        sv: `${actor.name} har inga band till andra aktörer.`,
        en: `${actor.name} has no ties to other actors.`,
      },
      suggestions,
    });
  });
  return gaps;
}
