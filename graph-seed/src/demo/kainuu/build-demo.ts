import type { ActorRow, ImportRows, RelationshipRow } from '../../import-rows';
import { SYMMETRIC_TYPES } from '../../vocabulary';
import { AUTHORITY_ACTORS } from './actors-authorities';
import { COMMUNITY_ACTORS } from './actors-communities';
import { MEDIA_AND_EDUCATION_ACTORS } from './actors-media-education';
import { NGO_ACTORS } from './actors-ngos';
import { SAFETY_AND_POLITICAL_ACTORS } from './actors-safety-politics';
import { WORK_ACTORS } from './actors-work';
import type { DemoActor } from './demo-actor';
import { demoDomain, demoPersons } from './demo-persons';
import type { DemoTie } from './demo-tie';
import { KAINUU_MUNICIPALITIES } from './kainuu';
import { CIVIL_SOCIETY_TIES } from './ties-civil-society';
import { LOCAL_TIES } from './ties-local';
import { PUBLIC_TIES } from './ties-public';
import { WORK_MEDIA_POLITICS_TIES } from './ties-work-media-politics';

export const DEMO_ACTORS: DemoActor[] = [
  ...AUTHORITY_ACTORS,
  ...SAFETY_AND_POLITICAL_ACTORS,
  ...COMMUNITY_ACTORS,
  ...NGO_ACTORS,
  ...MEDIA_AND_EDUCATION_ACTORS,
  ...WORK_ACTORS,
];

export const DEMO_TIES: DemoTie[] = [
  ...PUBLIC_TIES,
  ...CIVIL_SOCIETY_TIES,
  ...LOCAL_TIES,
  ...WORK_MEDIA_POLITICS_TIES,
];

export const demoActorId = (key: string): string => `kai-a-${key}`;

const list = (text: string): string[] => (text === '' ? [] : text.split(';'));

function toActorRow(actor: DemoActor, index: number): ActorRow {
  return {
    id: demoActorId(actor.key),
    name: actor.name,
    category: actor.category,
    subcategory: actor.sub,
    municipality_code: actor.muni === null ? '' : KAINUU_MUNICIPALITIES[actor.muni],
    email: actor.domain ? `info@${demoDomain(actor)}` : '',
    phone: actor.domain ? `+358 8 555 ${String(2000 + index).padStart(4, '0')}` : '',
    website: actor.domain ? `https://${demoDomain(actor)}` : '',
    languages: list(actor.langs),
    dimensions: list(actor.dims) as ActorRow['dimensions'],
    tags: list(actor.tags),
    description: actor.desc,
  };
}

/** Symmetric ties are one pair whichever way written; directed ones keep their direction. */
function pairKey(t: DemoTie): string {
  return t.from < t.to ? `${t.from}|${t.to}` : `${t.to}|${t.from}`;
}

/**
 * Refuses a demo that the importer would refuse (unknown keys, self-ties, repeated ties),
 * and also a second tie of another type between the same two actors: one tie per pair
 * keeps the designed structure easy to reason about.
 */
function checkTies(actors: DemoActor[], ties: DemoTie[]): void {
  const keys = new Set<string>();
  for (const a of actors) {
    if (keys.has(a.key)) throw new Error(`demo actor key "${a.key}" is used twice`);
    keys.add(a.key);
  }
  const pairs = new Map<string, DemoTie>();
  for (const t of ties) {
    for (const key of [t.from, t.to]) {
      if (!keys.has(key)) throw new Error(`demo tie ${t.from} -> ${t.to}: no actor "${key}"`);
    }
    if (t.from === t.to) throw new Error(`demo tie ${t.from}: an actor tied to itself`);
    const earlier = pairs.get(pairKey(t));
    if (earlier) {
      throw new Error(
        `demo ties ${t.from} -> ${t.to} (${t.type}) and ${earlier.from} -> ${earlier.to} (${earlier.type}) join the same pair`,
      );
    }
    pairs.set(pairKey(t), t);
  }
}

function toRelationshipRow(t: DemoTie): RelationshipRow {
  // Symmetric ties are written in a canonical order so re-ordering the source changes nothing.
  const [a, b] = SYMMETRIC_TYPES.has(t.type) && t.to < t.from ? [t.to, t.from] : [t.from, t.to];
  return {
    source_id: demoActorId(a),
    target_id: demoActorId(b),
    type: t.type,
    strength: t.strength,
    since: t.since,
    note: t.note,
  };
}

/** The Kainuu demo network as import rows; the same description always gives the same rows. */
export function buildKainuuDemo(): ImportRows {
  checkTies(DEMO_ACTORS, DEMO_TIES);
  return {
    actors: DEMO_ACTORS.map(toActorRow),
    persons: demoPersons(DEMO_ACTORS, demoActorId),
    relationships: DEMO_TIES.map(toRelationshipRow),
  };
}
