import type { Category, Labels } from '../../domain/categories';
import type { Gap } from '../analysis.types';
import { count, inAllLocales } from '../locale-format';
import type { GapContext } from './gap-context';
import { cutOffParts } from '../metrics/cut-vertices';
import { listOf } from './gap-text';
import { nearbyInMainComponent } from './nearby';
import { RANK_BY_NEARNESS, suggest } from './suggestions';

/** Communities smaller than this are not worth a warning. */
const MIN_COMMUNITY = 3;

/**
 * Single points of failure, in two forms:
 * - communities linked by a single broker: every tie between two communities (Louvain,
 *   three or more actors each) has the same actor at one end, or there is only one such
 *   tie. High when removing it leaves the two communities with no connection at all, medium
 *   when a longer route remains. Suggested: other members of the two communities, those
 *   already two steps from the other first;
 * - a group of three or more actors that one actor alone holds to the rest of the network
 *   (an articulation point), when no community-level gap already says so. High. Suggested:
 *   well-placed actors near the group, for a second tie.
 */
export function singleBrokerGaps(context: GapContext): Gap[] {
  const { graph, analysis } = context;
  const community = Int32Array.from(analysis.actors, (m) => m.community);
  const size = analysis.communities.list.map((c) => c.size);
  const links = new Map<string, { c1: number; c2: number; ties: number; common: number[] }>();
  const { u, v } = graph.pairs;
  for (let e = 0; e < u.length; e++) {
    const a = community[u[e]];
    const b = community[v[e]];
    if (a === b || size[a] < MIN_COMMUNITY || size[b] < MIN_COMMUNITY) continue;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    const link = links.get(key);
    if (!link) {
      links.set(key, { c1: Math.min(a, b), c2: Math.max(a, b), ties: 1, common: [u[e], v[e]] });
    } else {
      link.ties++;
      link.common = link.common.filter((x) => x === u[e] || x === v[e]);
    }
  }
  const gaps: Gap[] = [];
  const covered: { brokers: number[]; sides: Set<number>[] }[] = [];
  for (const link of links.values()) {
    if (link.common.length === 0) continue;
    const singleTie = link.ties === 1;
    const brokers = singleTie ? link.common : [link.common[0]];
    const separated = cutsApart(context, community, link.c1, link.c2, brokers, singleTie);
    gaps.push(brokerGap(context, community, link.c1, link.c2, brokers, singleTie, separated));
    const side = (c: number) =>
      new Set(analysis.actors.map((_, i) => i).filter((i) => community[i] === c));
    covered.push({ brokers, sides: [side(link.c1), side(link.c2)] });
  }
  // Groups that only one actor holds to the rest of the network, whatever Louvain made of
  // them; unless a gap above already names that actor and that group.
  for (const { vertex, part } of cutOffParts(graph, MIN_COMMUNITY)) {
    const named = covered.some(
      (c) => c.brokers.includes(vertex) && c.sides.some((side) => part.every((i) => side.has(i))),
    );
    if (!named) gaps.push(cutOffGap(context, vertex, part));
  }
  return gaps.sort((x, y) => (x.id < y.id ? -1 : 1));
}

function cutOffGap(context: GapContext, vertex: number, part: number[]): Gap {
  const { actors, analysis } = context;
  const inside = [...part].sort(
    (x, y) => analysis.actors[y].pagerank - analysis.actors[x].pagerank || x - y,
  );
  const broker = actors[vertex];
  const names = inside.slice(0, 3).map((i) => actors[i].name);
  const more = inside.length - names.length;
  const centre = actors[inside[0]];
  const place = { regionCode: centre.regionCode, municipalityCode: centre.municipalityCode };
  return {
    id: `single_broker:${broker.id}:${inside.map((i) => actors[i].id).sort()[0]}`,
    kind: 'single_broker',
    severity: 'high',
    weight: inside.length,
    scope: {
      regionCode: centre.regionCode,
      municipalityCodes: centre.municipalityCode ? [centre.municipalityCode] : [],
    },
    groups: [],
    categories: [broker.category],
    dimensions: [],
    actorIds: [broker.id, ...inside.map((i) => actors[i].id)],
    explanation: inAllLocales((l) => {
      const who = listOf(
        l,
        more > 0
          ? [...names, { fi: `${more} muuta`, sv: `${more} andra`, en: `${more} more` }[l]]
          : names,
      );
      return {
        fi: `${count(l, inside.length, 'toimija', 'toimijaa')} (${who}) ovat yhteydessä muuhun verkostoon vain toimijan ${broker.name} kautta: ilman sitä ne jäisivät erilleen.`,
        sv: `${count(l, inside.length, 'aktör', 'aktörer')} (${who}) är förbundna med resten av nätverket bara genom ${broker.name}: utan den skulle de bli avskurna.`,
        en: `${count(l, inside.length, 'actor', 'actors')} (${who}) are connected to the rest of the network only through ${broker.name}: without it they would be cut off.`,
      }[l];
    }),
    suggestions: suggest(
      {
        source: context.inScope,
        indexes: nearbyInMainComponent(context, place, new Set([vertex, ...inside])),
        place,
        weights: RANK_BY_NEARNESS,
      },
      context.places,
      context.maxSuggestions,
    ),
  };
}

/** Does removing the broker (or the single tie) leave no path between the two communities? */
function cutsApart(
  context: GapContext,
  community: Int32Array,
  c1: number,
  c2: number,
  brokers: number[],
  singleTie: boolean,
): boolean {
  const { graph } = context;
  const blocked = new Uint8Array(graph.order);
  if (!singleTie) blocked[brokers[0]] = 1;
  const start = community.findIndex((c, i) => c === c1 && !blocked[i]);
  if (start < 0) return true;
  const seen = new Uint8Array(graph.order);
  const queue = [start];
  seen[start] = 1;
  const [x, y] = brokers;
  while (queue.length > 0) {
    const w = queue.pop()!;
    if (community[w] === c2) return false;
    for (let j = graph.starts[w]; j < graph.starts[w + 1]; j++) {
      const z = graph.neighbours[j];
      if (seen[z] || blocked[z]) continue;
      if (singleTie && ((w === x && z === y) || (w === y && z === x))) continue;
      seen[z] = 1;
      queue.push(z);
    }
  }
  return true;
}

function brokerGap(
  context: GapContext,
  community: Int32Array,
  c1: number,
  c2: number,
  brokers: number[],
  singleTie: boolean,
  separated: boolean,
): Gap {
  const { actors, analysis, graph } = context;
  const members = (c: number): number[] =>
    analysis.actors.map((_, i) => i).filter((i) => community[i] === c);
  const m1 = members(c1);
  const m2 = members(c2);
  const centre = (list: number[]): string =>
    actors[
      list.reduce((best, i) =>
        analysis.actors[i].pagerank > analysis.actors[best].pagerank ? i : best,
      )
    ].name;
  const cluster = (list: number[]): Labels =>
    inAllLocales(
      (l) =>
        ({
          fi: `ryhmittymä, jonka keskeisin toimija on ${centre(list)} (${count(l, list.length, 'toimija', 'toimijaa')})`,
          sv: `klustret kring ${centre(list)} (${count(l, list.length, 'aktör', 'aktörer')})`,
          en: `the cluster around ${centre(list)} (${count(l, list.length, 'actor', 'actors')})`,
        })[l],
    );
  const first = cluster(m1);
  const second = cluster(m2);
  const names = brokers.map((i) => actors[i].name);
  const explanation = inAllLocales((l) => {
    const link = singleTie
      ? {
          fi: `ovat yhteydessä toisiinsa vain yhden yhteyden kautta (${names.join('–')}).`,
          sv: `har bara ett enda band till varandra (${names.join('–')}).`,
          en: `are linked by a single tie (${names.join('–')}).`,
        }[l]
      : {
          fi: `ovat yhteydessä toisiinsa vain toimijan ${names[0]} kautta.`,
          sv: `har band till varandra bara genom ${names[0]}.`,
          en: `are linked only through ${names[0]}.`,
        }[l];
    const after = separated
      ? {
          fi: 'Ilman sitä niiden välillä ei olisi mitään yhteyttä.',
          sv: 'Utan den skulle de inte ha någon förbindelse alls.',
          en: 'Without it they would have no connection at all.',
        }[l]
      : {
          fi: 'Muut reitit niiden välillä kulkevat muiden ryhmittymien kautta.',
          sv: 'Andra vägar mellan dem går via andra kluster.',
          en: 'Any other route between them runs through other clusters.',
        }[l];
    // Finnish closes each relative clause with a comma.
    if (l === 'fi') return `${capitalise(first.fi)}, ja ${second.fi}, ${link} ${after}`;
    return `${capitalise(first[l])} ${l === 'sv' ? 'och' : 'and'} ${second[l]} ${link} ${after}`;
  });
  const side = new Int8Array(graph.order);
  for (const i of m1) side[i] = 1;
  for (const i of m2) side[i] = 2;
  const excluded = new Set(brokers);
  const twoSteps = (i: number): boolean => {
    const other = side[i] === 1 ? 2 : 1;
    for (let j = graph.starts[i]; j < graph.starts[i + 1]; j++) {
      const w = graph.neighbours[j];
      if (excluded.has(w)) continue;
      for (let k = graph.starts[w]; k < graph.starts[w + 1]; k++) {
        const z = graph.neighbours[k];
        if (!excluded.has(z) && side[z] === other) return true;
      }
    }
    return false;
  };
  const broker = actors[brokers[0]];
  return {
    id: `single_broker:${brokers
      .map((i) => actors[i].id)
      .sort()
      .join(':')}:${[m1, m2]
      .map((m) => actors[m[0]].id)
      .sort()
      .join(':')}`,
    kind: 'single_broker',
    severity: separated ? 'high' : 'medium',
    weight: Math.min(m1.length, m2.length),
    scope: {
      regionCode: broker.regionCode,
      municipalityCodes: broker.municipalityCode ? [broker.municipalityCode] : [],
    },
    groups: [],
    categories: [...new Set(brokers.map((i) => actors[i].category))] as Category[],
    dimensions: [],
    actorIds: brokers.map((i) => actors[i].id),
    explanation,
    suggestions: suggest(
      {
        source: context.inScope,
        indexes: [...m1, ...m2].filter((i) => !excluded.has(i)),
        place: { regionCode: broker.regionCode, municipalityCode: broker.municipalityCode },
        bonus: (i) =>
          twoSteps(i)
            ? {
                value: 1,
                clause: {
                  fi: 'jo kahden askeleen päässä toisesta ryhmittymästä',
                  sv: 'redan två steg från det andra klustret',
                  en: 'already two steps from the other cluster',
                },
              }
            : null,
      },
      context.places,
      context.maxSuggestions,
    ),
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('fi') + s.slice(1);
}
