import type { PersonRow } from '../../import-rows';
import { asciiSlug, FIRST_NAMES, LAST_NAMES } from '../../names';
import { createPrng } from '../../prng';
import type { Category, LegalBasis } from '../../vocabulary';
import type { DemoActor } from './demo-actor';

/** Public bodies hold contact data as a public task; others by legitimate interest. */
const PUBLIC_CATEGORIES: ReadonlySet<Category> = new Set([
  'authority_local',
  'authority_regional',
  'authority_state',
  'police',
  'advisory_board',
  'political',
  'education',
]);

const SOURCES: Record<LegalBasis, string> = {
  public_task: 'Organisaation verkkosivut',
  legitimate_interest: 'Hyvät väestösuhteet -foorumi, Kajaani 28.–29.5.2024',
  consent: 'Oma ilmoitus, suostumus annettu 2025',
};

/** The domain part of a fictional e-mail address: always under example.org. */
export function demoDomain(actor: DemoActor): string {
  return `${actor.domain ?? actor.key}.example.org`;
}

/**
 * The contact persons of the demo. Names not written out are drawn from the name lists
 * with a fixed seed, so the same list of actors always gives the same persons.
 */
export function demoPersons(actors: DemoActor[], actorId: (key: string) => string): PersonRow[] {
  const prng = createPrng(2024);
  const used = new Set(
    actors.flatMap((a) => a.contacts.flatMap((c) => (typeof c === 'string' ? [] : [c.name]))),
  );
  const drawName = (): string => {
    for (;;) {
      const name = `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const persons: PersonRow[] = [];
  for (const actor of actors) {
    actor.contacts.forEach((contact, i) => {
      const entry = typeof contact === 'string' ? { title: contact, name: drawName() } : contact;
      const legalBasis =
        (typeof contact === 'string' ? undefined : contact.legalBasis) ??
        (PUBLIC_CATEGORIES.has(actor.category) ? 'public_task' : 'legitimate_interest');
      persons.push({
        id: `kai-p-${actor.key}-${i + 1}`,
        actor_id: actorId(actor.key),
        name: entry.name,
        title: entry.title,
        email: `${asciiSlug(entry.name)}@${demoDomain(actor)}`,
        phone: `+358 40 555 ${String(100 + persons.length).padStart(4, '0')}`,
        legal_basis: legalBasis,
        source: SOURCES[legalBasis],
      });
    });
  }
  return persons;
}
