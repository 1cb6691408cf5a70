import { Inject, Injectable } from '@nestjs/common';
import { auditEntry } from '../audit/audit-entry';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { NotFoundError } from '../store/store-errors';

/** Everything Verkosto holds about one contact person, as the person may ask to see it. */
export interface PersonData {
  exportedAt: string;
  person: unknown;
  actor: { id: string; name: string } | null;
  invitations: unknown[];
  speakerAt: { eventId: string; title: string; date: string; item: string }[];
  auditTrail: unknown[];
}

/** The GDPR requests about a contact person: see all of it, and erase it. */
@Injectable()
export class PersonDataService {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async export(personId: string): Promise<PersonData> {
    const person = await this.store.getPerson(personId);
    if (!person) throw new NotFoundError('Person', personId);
    const actor = await this.store.getActor(person.actorId);
    const links = await this.store.findPersonEventLinks(personId);
    const events = new Map(links.events.map((e) => [e.id, e]));
    const invitations = links.invitations.map(({ eventId, ...rest }) => {
      const event = events.get(eventId)!;
      return { event: { id: event.id, title: event.title, date: event.date }, ...rest };
    });
    const speakerAt = links.speakerItems.map(({ eventId, title }) => {
      const event = events.get(eventId)!;
      return { eventId, title: event.title, date: event.date, item: title };
    });
    const auditTrail = await this.store.listAudit({
      limit: 500,
      entity: 'Person',
      entityId: personId,
    });
    await this.store.appendAudit(
      auditEntry('export', 'PersonData', personId, { detail: { invitations: invitations.length } }),
    );
    return {
      exportedAt: new Date().toISOString(),
      person,
      actor: actor ? { id: actor.id, name: actor.name } : null,
      invitations,
      speakerAt,
      auditTrail,
    };
  }

  /**
   * Deletes the person with the invitations addressed to them and their speaker entries (the
   * store's deletePerson); the audit log keeps only the pseudonymous trace (audit/pseudonymise.ts).
   */
  async erase(personId: string): Promise<string> {
    const person = await this.store.getPerson(personId);
    if (!person) throw new NotFoundError('Person', personId);
    await this.store.deletePerson(person.id, person.version);
    await this.store.appendAudit(
      auditEntry('erase', 'Person', person.id, { detail: { actorId: person.actorId } }),
    );
    return person.id;
  }
}
