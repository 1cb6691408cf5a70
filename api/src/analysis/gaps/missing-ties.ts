import type { Category } from '../../domain/categories';
import { DIMENSIONS } from '../../domain/dimensions';
import type { Gap } from '../analysis.types';
import { inAllLocales } from '../locale-format';
import { groupCategories } from '../profiles/group-match';
import type { DimensionWeights, ProfileGroup } from '../profiles/profile.schema';
import type { GapContext } from './gap-context';
import { scopeOf } from './gap-context';
import { dimensionList, importance, severityOf, weightedDimensions } from './gap-text';
import { suggest } from './suggestions';

interface PairToCheck {
  a: ProfileGroup;
  b: ProfileGroup;
  dimensions: DimensionWeights;
  why: { fi: string; sv: string; en: string } | null;
}

/**
 * Pairs of groups with no tie at all between them in the scope, e.g. no media actor tied
 * to any immigrant association. The pairs are the profile's `tiePairs` and, with
 * `checkAllGroupPairs`, every other pair (each dimension weighted by the smaller of the two
 * groups' weights). Ranked by how much the tie matters for the four dimensions (the sum of
 * the weights: 1.5 and up high, 0.75 medium, below low). A pair is only checked when both
 * groups have actors in the scope; a missing group is a coverage gap instead. An actor in
 * both groups does not tie them by itself.
 */
export function missingTieGaps(context: GapContext): Gap[] {
  const { graph, inScope } = context;
  const gaps: Gap[] = [];
  for (const pair of pairsToCheck(context)) {
    const weight = importance(pair.dimensions);
    if (weight === 0) continue;
    const inA = inScope.members.get(pair.a.id) ?? [];
    const inB = inScope.members.get(pair.b.id) ?? [];
    if (inA.length === 0 || inB.length === 0) continue;
    const isB = new Uint8Array(graph.order);
    for (const i of inB) isB[i] = 1;
    const tied = inA.some((i) => {
      for (let j = graph.starts[i]; j < graph.starts[i + 1]; j++)
        if (isB[graph.neighbours[j]]) return true;
      return false;
    });
    if (tied) continue;
    gaps.push(missingTieGap(context, pair, weight, inA, inB));
  }
  return gaps;
}

function pairsToCheck(context: GapContext): PairToCheck[] {
  const byId = new Map(context.groups.map((g) => [g.id, g]));
  const pairs: PairToCheck[] = [];
  const seen = new Set<string>();
  const key = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);
  for (const p of context.profile.tiePairs) {
    const a = byId.get(p.groups[0]);
    const b = byId.get(p.groups[1]);
    if (!a || !b) continue;
    seen.add(key(a.id, b.id));
    pairs.push({ a, b, dimensions: p.dimensions, why: p.why ?? null });
  }
  if (context.profile.checkAllGroupPairs) {
    const groups = context.groups;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        if (seen.has(key(groups[i].id, groups[j].id))) continue;
        const dimensions: DimensionWeights = {};
        for (const d of DIMENSIONS) {
          dimensions[d] = Math.min(groups[i].dimensions[d] ?? 0, groups[j].dimensions[d] ?? 0);
        }
        pairs.push({ a: groups[i], b: groups[j], dimensions, why: null });
      }
    }
  }
  return pairs;
}

function missingTieGap(
  context: GapContext,
  pair: PairToCheck,
  weight: number,
  inA: number[],
  inB: number[],
): Gap {
  const { a, b } = pair;
  const dimensions = weightedDimensions(pair.dimensions);
  const list = dimensionList(dimensions);
  const explanation = inAllLocales((l) => {
    const text = {
      fi: `Ryhmien ${a.label.fi} ja ${b.label.fi} välillä ei ole yhtään yhteyttä. Yhteys olisi tärkeä osa-alueille ${list.fi}.`,
      sv: `Det finns inga band mellan ${a.label.sv} och ${b.label.sv}. Ett band skulle vara viktigt för ${list.sv}.`,
      en: `No tie between ${a.label.en} and ${b.label.en}. A tie would matter for ${list.en}.`,
    }[l];
    return pair.why ? `${text} ${pair.why[l]}` : text;
  });
  const { graph, inScope } = context;
  const side = new Int8Array(graph.order);
  for (const i of inA) side[i] |= 1;
  for (const i of inB) side[i] |= 2;
  // A candidate with a partner that already has a tie to the other group is two steps away.
  const twoSteps = (i: number): boolean => {
    const other = side[i] & 1 ? 2 : 1;
    for (let j = graph.starts[i]; j < graph.starts[i + 1]; j++) {
      const w = graph.neighbours[j];
      for (let k = graph.starts[w]; k < graph.starts[w + 1]; k++) {
        const x = graph.neighbours[k];
        if (x !== i && side[x] & other) return true;
      }
    }
    return false;
  };
  const suggestions = suggest(
    {
      source: inScope,
      indexes: [...new Set([...inA, ...inB])],
      place: context.scopePlace,
      bonus: (i) => {
        if (!twoSteps(i)) return null;
        const target = side[i] & 1 ? b : a;
        return {
          value: 1,
          clause: {
            fi: `jo kahden askeleen päässä ryhmästä ${target.label.fi} yhteisen kumppanin kautta`,
            sv: `redan två steg från ${target.label.sv} via en gemensam partner`,
            en: `already two steps from ${target.label.en} through a shared partner`,
          },
        };
      },
    },
    context.places,
    context.maxSuggestions,
  );
  return {
    id: `missing_tie:${[a.id, b.id].sort().join(':')}`,
    kind: 'missing_tie',
    severity: severityOf(weight),
    weight,
    scope: scopeOf(context),
    groups: [a.id, b.id],
    categories: [...new Set([...groupCategories(a), ...groupCategories(b)])] as Category[],
    dimensions,
    actorIds: [],
    explanation,
    suggestions,
  };
}
