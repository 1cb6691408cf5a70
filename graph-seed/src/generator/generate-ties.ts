import type { RelationshipRow } from '../import-rows';
import type { Prng } from '../prng';
import { CATEGORIES } from '../vocabulary';
import { chooseType } from './choose-type';
import type { GeneratedActors } from './generate-actors';
import { actorId } from './generate-actors';
import { drawFitness } from './fitness';
import { groupIndex, pickWeightedMember } from './group-index';
import { PairSet } from './pair-set';
import type { ResolvedOptions } from './options';

/** After this many refused draws for one tie, the target is drawn uniformly instead. */
const MAX_STRUCTURED_ATTEMPTS = 32;

const YEARS = Array.from({ length: 26 }, (_, i) => String(2000 + i));

function drawSince(prng: Prng): string {
  const year = YEARS[prng.int(YEARS.length)];
  if (!prng.chance(0.2)) return year;
  const month = String(1 + prng.int(12)).padStart(2, '0');
  const day = String(1 + prng.int(28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * Ties by preferential attachment with local structure. The source is drawn in proportion
 * to degree + attractiveness (heavy-tailed degrees, hubs among authorities); the target
 * from the source's community, its municipality, or again preferentially from everyone.
 * At most one tie joins any two actors, whatever its type or direction, and none is a loop.
 */
export function generateTies(
  prng: Prng,
  options: ResolvedOptions,
  actors: GeneratedActors,
  municipalityCount: number,
): RelationshipRow[] {
  const n = options.actors;
  const { categoryOf, communityOf, municipalityOf } = actors;
  const fitness = drawFitness(prng, categoryOf);
  const communities = groupIndex(communityOf, actors.communityCount, fitness);
  const municipalities = groupIndex(municipalityOf, municipalityCount, fitness);

  // The urn: every actor as many times as its rounded fitness, and both ends of every tie.
  const copies = Array.from(fitness, (f) => Math.max(1, Math.round(f)));
  const urn = new Int32Array(copies.reduce((a, b) => a + b, 0) + 2 * options.ties);
  let urnSize = 0;
  copies.forEach((k, i) => {
    for (let j = 0; j < k; j++) urn[urnSize++] = i;
  });

  // Draws the two ends of the next tie into `ends`: a new pair, never a loop.
  const taken = new PairSet(options.ties);
  const ends = new Int32Array(2);
  const drawEnds = (): void => {
    for (let attempt = 0; ; attempt++) {
      const source = urn[prng.int(urnSize)];
      const r = prng.next();
      let target: number;
      if (attempt >= MAX_STRUCTURED_ATTEMPTS) target = prng.int(n);
      else if (r < options.intraCommunity && communityOf[source] >= 0) {
        target = pickWeightedMember(prng, communities, communityOf[source]);
      } else if (
        r < options.intraCommunity + options.sameMunicipality &&
        municipalityOf[source] >= 0
      ) {
        target = pickWeightedMember(prng, municipalities, municipalityOf[source]);
      } else target = urn[prng.int(urnSize)];
      if (source !== target && taken.add(source, target)) {
        ends[0] = source;
        ends[1] = target;
        return;
      }
    }
  };

  const ids = Array.from({ length: n }, (_, i) => actorId(options.idPrefix, i));
  const rows: RelationshipRow[] = new Array<RelationshipRow>(options.ties);
  for (let t = 0; t < options.ties; t++) {
    drawEnds();
    const source = ends[0];
    const target = ends[1];
    urn[urnSize++] = source;
    urn[urnSize++] = target;

    const sameCommunity = communityOf[source] === communityOf[target] && communityOf[source] >= 0;
    const { type, reversed } = chooseType(
      prng,
      CATEGORIES[categoryOf[source]],
      CATEGORIES[categoryOf[target]],
    );
    const from = reversed ? target : source;
    const to = reversed ? source : target;
    // Ties inside a community are more often strong ones.
    const s = prng.next() + (sameCommunity ? 0.25 : 0);
    rows[t] = {
      source_id: ids[from],
      target_id: ids[to],
      type,
      strength: s < 0.45 ? 1 : s < 0.9 ? 2 : 3,
      since: drawSince(prng),
      note: '',
    };
  }
  return rows;
}
