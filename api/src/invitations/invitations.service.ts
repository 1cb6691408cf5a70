import { Inject, Injectable } from '@nestjs/common';
import { CATEGORIES } from '../domain/categories';
import { normaliseEmail } from '../domain/email-key';
import type { EventRecord, InvitationRecord } from '../domain/event-records';
import type { InvitationStatus } from '../domain/event-vocabulary';
import { InputError } from '../domain/input-error';
import type { ActorRecord, PersonRecord } from '../domain/records';
import { effectiveProfileId, EventsService } from '../events/events.service';
import { NetworkInsightsService } from '../insights/network-insights.service';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { MissingReferenceError, NotFoundError } from '../store/store-errors';
import { dedupeInvitees, type Skipped } from './dedupe-invitees';
import type {
  InvitationSourcesInput,
  InvitationVersionInput,
} from './dto/invitation-sources.input';
import { invitationChecklist, type Checklist } from './invitation-checklist';
import { countInvitations, type InvitationCounts } from './invitation-counts';
import { addressOf, type Invitee } from './invitee';
import { InviteeSourcesService } from './invitee-sources.service';

export interface BuildResult {
  added: InvitationRecord[];
  /** The invitees that are (dryRun: would be) added, in order. */
  proposed: (Invitee & { emailKey: string | null })[];
  skipped: Skipped[];
}

/** An invitation with the actor and contact person it names, as lists and exports show it. */
export interface InvitationView {
  invitation: InvitationRecord;
  actor: ActorRecord;
  person: PersonRecord | null;
}

const MAX_BULK = 1000;

@Injectable()
export class InvitationsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly events: EventsService,
    private readonly sources: InviteeSourcesService,
    private readonly insights: NetworkInsightsService,
  ) {}

  async list(eventId: string): Promise<InvitationRecord[]> {
    const event = await this.events.require(eventId);
    return this.store.listInvitations(event.id);
  }

  get(id: string): Promise<InvitationRecord | null> {
    return this.store.getInvitation(id);
  }

  /**
   * The one read behind the GraphQL list, the exports and the print view, so that whatever
   * a user may not see (when roles arrive) is left out of all of them alike.
   */
  async view(eventId: string): Promise<{ event: EventRecord; rows: InvitationView[] }> {
    const event = await this.events.require(eventId);
    const invitations = await this.store.listInvitations(event.id);
    const actors = new Map(
      (await this.store.getActorsByIds([...new Set(invitations.map((i) => i.actorId))])).map(
        (a) => [a.id, a],
      ),
    );
    const rows: InvitationView[] = [];
    for (const invitation of invitations) {
      const actor = actors.get(invitation.actorId);
      if (!actor) continue;
      const person = invitation.personId ? await this.store.getPerson(invitation.personId) : null;
      rows.push({ invitation, actor, person });
    }
    return { event, rows };
  }

  /** Builds the list from any mix of sources; `dryRun` shows what would be added. */
  async build(
    eventId: string,
    sources: InvitationSourcesInput,
    dryRun = false,
  ): Promise<BuildResult> {
    const event = await this.events.require(eventId);
    const proposed = await this.sources.resolve(event, sources);
    const existing = await this.store.listInvitations(event.id);
    const { accepted, skipped } = dedupeInvitees(proposed, existing);
    if (dryRun || accepted.length === 0) return { added: [], proposed: accepted, skipped };
    const added = await this.store.addInvitations(
      event.id,
      accepted.map((i) => ({
        actorId: i.actor.id,
        personId: i.person?.id ?? null,
        emailKey: i.emailKey,
        note: null,
      })),
    );
    return { added, proposed: accepted, skipped };
  }

  /** Chooses another contact person (null: the actor's own address). */
  async setContact(
    id: string,
    version: number,
    personId: string | null,
    note: string | null | undefined,
  ): Promise<InvitationRecord> {
    const current = await this.require(id);
    const actor = await this.store.getActor(current.actorId);
    if (!actor) throw new NotFoundError('Actor', current.actorId);
    let person: PersonRecord | null = null;
    if (personId) {
      person = await this.store.getPerson(personId);
      if (!person || person.actorId !== actor.id)
        throw new MissingReferenceError('personId', personId);
    }
    const cleanNote = note === undefined ? current.note : note?.trim() || null;
    if (cleanNote && cleanNote.length > 1000) {
      throw InputError.single('note', 'max_length', 'must be at most 1000 characters');
    }
    return this.store.updateInvitation(current.id, version, {
      personId: person?.id ?? null,
      note: cleanNote,
      emailKey: normaliseEmail(addressOf({ actor, person })),
    });
  }

  /** Sets one status on many invitations, all or none; each version must be current. */
  async setStatus(
    eventId: string,
    items: readonly InvitationVersionInput[],
    status: InvitationStatus,
  ): Promise<InvitationRecord[]> {
    if (items.length === 0)
      throw InputError.single('invitations', 'min_items', 'name at least one invitation');
    if (items.length > MAX_BULK) {
      throw InputError.single('invitations', 'max_items', `must have at most ${MAX_BULK} items`);
    }
    const event = await this.events.require(eventId);
    const onList = new Set((await this.store.listInvitations(event.id)).map((i) => i.id));
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        throw InputError.single(`invitations.${i}.id`, 'unique', 'names the same invitation twice');
      }
      seen.add(item.id);
      if (!onList.has(item.id)) {
        throw InputError.single(
          `invitations.${i}.id`,
          'exists',
          `is not an invitation of event ${event.id}`,
        );
      }
    });
    return this.store.setInvitationStatus(
      items.map((i) => ({ id: i.id, expectedVersion: i.version })),
      status,
      new Date().toISOString(),
    );
  }

  async delete(id: string, version: number): Promise<string> {
    const current = await this.require(id);
    await this.store.deleteInvitation(current.id, version);
    return current.id;
  }

  async counts(eventId: string): Promise<InvitationCounts> {
    const { rows } = await this.view(eventId);
    const categories = new Map(rows.map((r) => [r.actor.id, r.actor.category]));
    return countInvitations(
      rows.map((r) => r.invitation),
      (id) => categories.get(id),
      CATEGORIES,
    );
  }

  /** Which groups of the event's profile the list covers, and whom to add for the rest. */
  async checklist(eventId: string): Promise<Checklist> {
    const { event, rows } = await this.view(eventId);
    const profile = await this.insights.profile(effectiveProfileId(event));
    const network = await this.insights.network({ regionCode: event.regionCode });
    const rank = new Map<string, number>();
    for (const tie of network.edges) {
      rank.set(tie.sourceId, (rank.get(tie.sourceId) ?? 0) + 1);
      rank.set(tie.targetId, (rank.get(tie.targetId) ?? 0) + 1);
    }
    return invitationChecklist({
      profile,
      invitees: rows.map((r) => ({ actor: r.actor, status: r.invitation.status })),
      candidates: network.nodes,
      rank,
      municipalityCode: event.municipalityCode,
    });
  }

  private async require(id: string): Promise<InvitationRecord> {
    const invitation = await this.store.getInvitation(id);
    if (!invitation) throw new NotFoundError('Invitation', id);
    return invitation;
  }
}
