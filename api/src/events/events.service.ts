import { Inject, Injectable } from '@nestjs/common';
import { assertCurrentVersion, definedOnly } from '../common/patch';
import type { EventFields, EventRecord } from '../domain/event-records';
import { validateEventFields } from '../domain/event-rules';
import { isCalendarDate } from '../domain/time-rules';
import { GeographyService } from '../geography/geography.service';
import { NetworkInsightsService } from '../insights/network-insights.service';
import type { EventFilter } from '../store/event-store';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { NotFoundError } from '../store/store-errors';
import { actorRef, personRef } from '../common/references';
import { InputError } from '../domain/input-error';
import type { CreateEventInput, EventFilterInput, UpdateEventInput } from './dto/event.input';

/** The checklist profile of an event without one of its own. */
export function effectiveProfileId(event: Pick<EventFields, 'profileId' | 'kind'>): string {
  return (
    event.profileId ?? (event.kind === 'training' ? 'training_target_groups' : 'regional_panel')
  );
}

@Injectable()
export class EventsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly geography: GeographyService,
    private readonly insights: NetworkInsightsService,
  ) {}

  list(filter: EventFilterInput | null | undefined): Promise<EventRecord[]> {
    for (const key of ['from', 'to'] as const) {
      const value = filter?.[key];
      if (value && !isCalendarDate(value)) {
        throw InputError.single(`filter.${key}`, 'date', 'must be a date like 2026-05-28');
      }
    }
    const storeFilter: EventFilter = {
      regionCode: filter?.regionCode ?? undefined,
      municipalityCode: filter?.municipalityCode ?? undefined,
      from: filter?.from ?? undefined,
      to: filter?.to ?? undefined,
    };
    return this.store.findEvents(storeFilter);
  }

  get(id: string): Promise<EventRecord | null> {
    return this.store.getEvent(id);
  }

  async require(id: string): Promise<EventRecord> {
    const event = await this.store.getEvent(id);
    if (!event) throw new NotFoundError('Event', id);
    return event;
  }

  async create(input: CreateEventInput): Promise<EventRecord> {
    return this.store.createEvent(await this.validFields(input));
  }

  async update(id: string, version: number, patch: UpdateEventInput): Promise<EventRecord> {
    const current = await this.require(id);
    assertCurrentVersion('Event', current, version);
    const merged: Record<string, unknown> = { ...current, ...definedOnly(patch) };
    // A new municipality decides the region, as for actors.
    if (patch.municipalityCode !== undefined && patch.regionCode === undefined) {
      merged.regionCode = null;
    }
    return this.store.updateEvent(current.id, version, await this.validFields(merged));
  }

  async delete(id: string, version: number): Promise<string> {
    const current = await this.require(id);
    await this.store.deleteEvent(current.id, version);
    return current.id;
  }

  /**
   * Checks the fields and the profile, and turns every actor and person reference (an id or
   * an import's external id) into an id; a speaker named by a person gets the person's
   * actor. A reference to nothing is refused naming its field; the store checks again
   * inside its transaction.
   */
  private async validFields(
    input: Record<string, unknown> | CreateEventInput,
  ): Promise<EventFields> {
    const fields = validateEventFields(await this.geography.get(), input);
    if (fields.profileId !== null) await this.insights.profile(fields.profileId);
    const coOrganisers = [];
    for (const [i, o] of fields.coOrganisers.entries()) {
      const actor = await actorRef(this.store, o.actorId, `coOrganisers.${i}.actorId`);
      coOrganisers.push({ ...o, actorId: actor.id });
    }
    const programme = [];
    for (const [i, item] of fields.programme.entries()) {
      const speakers = [];
      for (const [j, speaker] of item.speakers.entries()) {
        const path = `programme.${i}.speakers.${j}`;
        const person = speaker.personId
          ? await personRef(this.store, speaker.personId, `${path}.personId`)
          : null;
        const actor = speaker.actorId
          ? await actorRef(this.store, speaker.actorId, `${path}.actorId`)
          : null;
        if (person && actor && person.actorId !== actor.id) {
          throw InputError.single(
            `${path}.personId`,
            'contact_of_actor',
            `${person.name} is not a contact person of ${actor.name}`,
          );
        }
        speakers.push({
          ...speaker,
          actorId: actor?.id ?? person?.actorId ?? null,
          personId: person?.id ?? null,
        });
      }
      programme.push({ ...item, speakers });
    }
    return { ...fields, coOrganisers, programme };
  }
}
