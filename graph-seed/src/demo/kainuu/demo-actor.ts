import type { Category, LegalBasis } from '../../vocabulary';
import type { KainuuMunicipality } from './kainuu';

/** A contact person: a title (the name is drawn from the fictional name lists) or a full entry. */
export type DemoContact = string | { name: string; title: string; legalBasis?: LegalBasis };

/**
 * One actor of the demo as written by hand. Lists are `;`-separated strings so each actor
 * stays a few readable lines; the builder turns them into import rows.
 */
export interface DemoActor {
  /** Stable and readable: the actor's id is `kai-a-<key>`, relationships refer to the key. */
  key: string;
  name: string;
  category: Category;
  sub: string;
  /** Where it sits; null only for national bodies. */
  muni: KainuuMunicipality | null;
  langs: string;
  dims: string;
  tags: string;
  /** The organisation's subdomain of example.org, for its e-mail and web address. */
  domain?: string;
  contacts: DemoContact[];
  desc: string;
}
