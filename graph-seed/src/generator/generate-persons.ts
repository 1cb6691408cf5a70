import type { PersonRow } from '../import-rows';
import { asciiSlug, FIRST_NAMES, LAST_NAMES } from '../names';
import type { Prng } from '../prng';
import type { ActorRow } from '../import-rows';
import type { ResolvedOptions } from './options';

const TITLES = ['koordinaattori', 'puheenjohtaja', 'toiminnanjohtaja', 'asiantuntija', 'sihteeri'];

/** Fictional contact persons on randomly chosen actors: example.org mail, 555 numbers. */
export function generatePersons(
  prng: Prng,
  options: ResolvedOptions,
  actors: ActorRow[],
): PersonRow[] {
  const persons: PersonRow[] = new Array<PersonRow>(options.persons);
  for (let i = 0; i < options.persons; i++) {
    const actor = actors[prng.int(actors.length)];
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    const id = `${options.idPrefix}-p-${String(i + 1).padStart(6, '0')}`;
    persons[i] = {
      id,
      actor_id: actor.id,
      name: `${first} ${last}`,
      title: prng.pick(TITLES),
      email: `${asciiSlug(`${first} ${last}`)}.${i + 1}@example.org`,
      phone: `+358 40 555 ${String(i % 10000).padStart(4, '0')}`,
      legal_basis: prng.chance(0.3) ? 'consent' : 'legitimate_interest',
      source: 'Synteettinen testiaineisto',
    };
  }
  return persons;
}
