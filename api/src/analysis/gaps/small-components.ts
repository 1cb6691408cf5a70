import type { Category } from '../../domain/categories';
import type { Dimension } from '../../domain/dimensions';
import type { Gap } from '../analysis.types';
import { count, inAllLocales } from '../locale-format';
import type { GapContext } from './gap-context';
import { listOf } from './gap-text';
import { nearbyInMainComponent, sharedDimensions } from './nearby';
import { RANK_BY_NEARNESS, suggest } from './suggestions';

/**
 * Groups of two or more actors tied only among themselves: every connected component but
 * the largest. High when it holds at least a tenth of the scope's actors (the network is
 * split), medium otherwise. Suggested: central actors of the main component near the
 * group's most central member.
 */
export function smallComponentGaps(context: GapContext): Gap[] {
  const { actors, analysis } = context;
  const sizes = analysis.components.sizes;
  const members = sizes.map((): number[] => []);
  analysis.actors.forEach((m, i) => members[m.component].push(i));
  const gaps: Gap[] = [];
  for (let c = 1; c < sizes.length; c++) {
    if (sizes[c] < 2) continue;
    const inside = members[c].sort(
      (x, y) => analysis.actors[y].pagerank - analysis.actors[x].pagerank || x - y,
    );
    const centre = actors[inside[0]];
    const names = inside.slice(0, 3).map((i) => actors[i].name);
    const more = sizes[c] - names.length;
    const dims = [...new Set(inside.flatMap((i) => actors[i].dimensions))] as Dimension[];
    const place = { regionCode: centre.regionCode, municipalityCode: centre.municipalityCode };
    gaps.push({
      id: `small_component:${inside.map((i) => actors[i].id).sort()[0]}`,
      kind: 'small_component',
      severity: sizes[c] >= Math.max(3, 0.1 * actors.length) ? 'high' : 'medium',
      weight: sizes[c],
      scope: {
        regionCode: centre.regionCode,
        municipalityCodes: [
          ...new Set(inside.map((i) => actors[i].municipalityCode).filter((m) => m !== null)),
        ].sort() as string[],
      },
      groups: [],
      categories: [...new Set(inside.map((i) => actors[i].category))] as Category[],
      dimensions: dims,
      actorIds: inside.map((i) => actors[i].id),
      explanation: inAllLocales((l) => {
        const who = listOf(
          l,
          more > 0
            ? [...names, { fi: `${more} muuta`, sv: `${more} andra`, en: `${more} more` }[l]]
            : names,
        );
        return {
          fi: `${count(l, sizes[c], 'toimija', 'toimijaa')} (${who}) ovat yhteyksissä vain keskenään, eivät muuhun verkostoon.`,
          sv: `${count(l, sizes[c], 'aktör', 'aktörer')} (${who}) har band bara sinsemellan, inga till resten av nätverket.`,
          en: `${count(l, sizes[c], 'actor', 'actors')} (${who}) have ties only among themselves, none to the rest of the network.`,
        }[l];
      }),
      suggestions: suggest(
        {
          source: context.inScope,
          indexes: nearbyInMainComponent(context, place, new Set(inside)),
          place,
          weights: RANK_BY_NEARNESS,
          bonus: (j) => sharedDimensions(dims, actors[j].dimensions),
        },
        context.places,
        context.maxSuggestions,
      ),
    });
  }
  return gaps;
}
