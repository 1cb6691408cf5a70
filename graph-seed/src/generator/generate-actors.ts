import type { Municipality } from '../geography';
import type { ActorRow } from '../import-rows';
import type { Prng } from '../prng';
import { CATEGORIES, DIMENSIONS, IMMIGRANT_ASSOCIATION_TAG, type Category } from '../vocabulary';
import { CATEGORY_PROFILES } from './category-profiles';
import type { MunicipalityPool } from './municipality-pool';
import type { ResolvedOptions } from './options';
import { weightedPicker } from './weighted';

/** The actors plus what the tie generator needs to know about each of them. */
export interface GeneratedActors {
  rows: ActorRow[];
  categoryOf: Int32Array;
  /** Index into the pool's municipalities, or -1 for a national body. */
  municipalityOf: Int32Array;
  /** Community number, or -1 for a national body (they form no local cluster). */
  communityOf: Int32Array;
  communityCount: number;
}

const OTHER_LANGUAGES = ['en', 'ar', 'ru', 'so', 'uk', 'fa', 'et', 'ku', 'th', 'vi'];

export const actorId = (prefix: string, index: number): string =>
  `${prefix}-a-${String(index + 1).padStart(6, '0')}`;

/** Swedish-speaking and bilingual municipalities get Swedish, first where it is the majority. */
function nationalLanguages(m: Municipality | null): string[] {
  switch (m?.languageStatusCode) {
    case '1':
      return ['fi', 'sv'];
    case '2':
      return ['sv'];
    case '3':
      return ['sv', 'fi'];
    default:
      return ['fi'];
  }
}

/** Up to three of the four dimensions, in their canonical order. */
function drawDimensions(prng: Prng): ActorRow['dimensions'] {
  const order = [0, 1, 2, 3];
  const count = prng.int(4);
  for (let i = 0; i < count; i++) {
    const j = i + prng.int(order.length - i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((d) => DIMENSIONS[d]);
}

function drawLanguages(prng: Prng, m: Municipality | null, category: Category): string[] {
  const languages = nationalLanguages(m);
  const extra = category === 'ngo' || category === 'community' ? 0.5 : 0.2;
  for (const code of OTHER_LANGUAGES) if (prng.chance(extra / 3)) languages.push(code);
  return languages;
}

/** Descriptions carry commas and now and then quotes, so every file exercises CSV quoting. */
function describe(prng: Prng, kind: string, m: Municipality | null): string {
  const place = m ? `, ${m.nameFi}` : ', valtakunnallinen';
  const quoted = prng.chance(0.02) ? ' Hanke "Yhdessä" käynnissä.' : '';
  return `Synteettinen toimija (${kind}${place}) kuormitustestejä varten.${quoted}`;
}

export function generateActors(
  prng: Prng,
  options: ResolvedOptions,
  pool: MunicipalityPool,
): GeneratedActors {
  const n = options.actors;
  const pickCategory = weightedPicker(CATEGORIES.map((c) => CATEGORY_PROFILES[c].weight));
  const pickMunicipality = weightedPicker(pool.weights);
  const totalWeight = pool.weights.reduce((a, b) => a + b, 0);
  // Each municipality gets communities in proportion to the actors it is expected to hold.
  const communityStart: number[] = [];
  let communityCount = 0;
  const communitiesIn = pool.weights.map((w) => {
    communityStart.push(communityCount);
    const k = Math.max(1, Math.round((n * w) / totalWeight / options.communitySize));
    communityCount += k;
    return k;
  });

  const categoryOf = new Int32Array(n);
  const municipalityOf = new Int32Array(n);
  const communityOf = new Int32Array(n);
  const rows: ActorRow[] = new Array<ActorRow>(n);
  for (let i = 0; i < n; i++) {
    // The first 13 actors take one category each, so any network of 13+ has them all.
    const c = i < CATEGORIES.length ? i : pickCategory(prng);
    const category = CATEGORIES[c];
    const national = category === 'authority_state' && prng.chance(0.5);
    const mi = national ? -1 : pickMunicipality(prng);
    const m = mi >= 0 ? pool.municipalities[mi] : null;
    categoryOf[i] = c;
    municipalityOf[i] = mi;
    communityOf[i] = mi >= 0 ? communityStart[mi] + prng.int(communitiesIn[mi]) : -1;

    const profile = CATEGORY_PROFILES[category];
    const kind = prng.pick(profile.kinds);
    const id = actorId(options.idPrefix, i);
    const tags = [prng.pick(profile.tags)];
    if (category === 'ngo' && (kind === 'maahanmuuttajayhdistys' || prng.chance(0.1))) {
      tags.push(IMMIGRANT_ASSOCIATION_TAG);
    }
    const contact = prng.chance(0.6);
    rows[i] = {
      id,
      name: `${kind[0].toUpperCase()}${kind.slice(1)} ${i + 1}${m ? `, ${m.nameFi}` : ''}`,
      category,
      subcategory: kind,
      municipality_code: m ? m.code : '',
      email: contact ? `info@${id}.example.org` : '',
      phone: contact ? `+358 9 555 ${String(i % 10000).padStart(4, '0')}` : '',
      website: contact && prng.chance(0.5) ? `https://${id}.example.org` : '',
      languages: drawLanguages(prng, m, category),
      dimensions: drawDimensions(prng),
      tags,
      description: describe(prng, kind, m),
    };
  }
  return { rows, categoryOf, municipalityOf, communityOf, communityCount };
}
