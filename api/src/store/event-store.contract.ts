import { describe, expect, it } from 'vitest';
import type { EventFields, Measure, PlanFields } from '../domain/event-records';
import type { ActorRecord, PersonRecord } from '../domain/records';
import type { GraphStore, NewActor, NewPerson } from './graph-store';
import type { NewInvitation } from './event-store';
import {
  DuplicateError,
  MissingReferenceError,
  NotFoundError,
  VersionConflictError,
} from './store-errors';

/**
 * The EventStore part of the one contract (called from describeGraphStoreContract, which
 * gives every test an empty, initialised store). Written against the port only.
 */
export function describeEventStoreContract(current: () => GraphStore): void {
  describe('events', () => {
    let n = 0;
    const actor = (overrides: Partial<NewActor> = {}): Promise<ActorRecord> =>
      current().createActor({ ...ACTOR, name: `Actor ${++n}`, ...overrides });
    const person = (actorId: string, overrides: Partial<NewPerson> = {}): Promise<PersonRecord> =>
      current().createPerson({ ...PERSON, actorId, ...overrides });

    describe('createEvent and getEvent', () => {
      it('returns the given fields with a new id and version 1, co-organisers and programme in order', async () => {
        const store = current();
        const a = await actor();
        const b = await actor();
        const p = await person(b.id);
        const fields = eventFields({
          coOrganisers: [
            { actorId: b.id, tasks: ['venue', 'catering'], costSharePercent: 60, note: 'tila' },
            { actorId: a.id, tasks: ['invitations'], costSharePercent: 40, note: null },
          ],
          programme: [
            {
              kind: 'expert_talk',
              title: 'Mitä hyvät väestösuhteet ovat?',
              startTime: '09:15',
              speakers: [{ actorId: null, personId: null, name: 'Tutkija Åsa Öberg' }],
            },
            {
              kind: 'panel',
              title: 'Paneeli',
              startTime: null,
              speakers: [
                { actorId: b.id, personId: p.id, name: null },
                { actorId: a.id, personId: null, name: null },
              ],
            },
          ],
        });
        const event = await store.createEvent(fields);
        expect(event).toEqual({
          ...fields,
          id: expect.any(String),
          version: 1,
          createdAt: event.updatedAt,
          updatedAt: expect.any(String),
        });
        expect(await store.getEvent(event.id)).toEqual(event);
        expect(await store.getEvent(MISSING)).toBeNull();
      });

      it('refuses a missing co-organiser or speaker with MissingReferenceError naming the field, and writes nothing', async () => {
        const store = current();
        const a = await actor();
        const revision = await store.revision();
        const organiser = await rejectionOf(
          store.createEvent(
            eventFields({
              coOrganisers: [
                { actorId: a.id, tasks: [], costSharePercent: null, note: null },
                { actorId: MISSING, tasks: [], costSharePercent: null, note: null },
              ],
            }),
          ),
        );
        expect(organiser).toBeInstanceOf(MissingReferenceError);
        expect(organiser).toMatchObject({ field: 'coOrganisers.1.actorId', value: MISSING });
        const speaker = await rejectionOf(
          store.createEvent(
            eventFields({
              programme: [
                {
                  kind: 'comment',
                  title: 'Kommentti',
                  startTime: null,
                  speakers: [{ actorId: a.id, personId: MISSING, name: null }],
                },
              ],
            }),
          ),
        );
        expect(speaker).toMatchObject({ field: 'programme.0.speakers.0.personId' });
        expect(await store.findEvents({})).toEqual([]);
        expect(await store.revision()).toBe(revision);
      });
    });

    describe('findEvents', () => {
      it('filters by region, municipality and dates, ordered by date and start time', async () => {
        const store = current();
        const late = await store.createEvent(eventFields({ date: '2026-09-01' }));
        const early = await store.createEvent(
          eventFields({ date: '2026-05-28', startTime: '13:00' }),
        );
        const earlier = await store.createEvent(
          eventFields({ date: '2026-05-28', startTime: '09:00', municipalityCode: '290' }),
        );
        const elsewhere = await store.createEvent(
          eventFields({ regionCode: '01', municipalityCode: null, date: '2026-06-01' }),
        );
        const ids = (list: { id: string }[]) => list.map((e) => e.id);
        expect(ids(await store.findEvents({}))).toEqual([
          earlier.id,
          early.id,
          elsewhere.id,
          late.id,
        ]);
        expect(ids(await store.findEvents({ regionCode: '18' }))).toEqual([
          earlier.id,
          early.id,
          late.id,
        ]);
        expect(ids(await store.findEvents({ municipalityCode: '290' }))).toEqual([earlier.id]);
        expect(ids(await store.findEvents({ from: '2026-06-01', to: '2026-08-31' }))).toEqual([
          elsewhere.id,
        ]);
      });
    });

    describe('updateEvent and deleteEvent', () => {
      it('replaces the whole event and raises the version; a stale version is refused', async () => {
        const store = current();
        const a = await actor();
        const event = await store.createEvent(
          eventFields({
            coOrganisers: [{ actorId: a.id, tasks: ['venue'], costSharePercent: null, note: null }],
          }),
        );
        const next = eventFields({ title: 'Uusi nimi', status: 'held', coOrganisers: [] });
        const updated = await store.updateEvent(event.id, 1, next);
        expect(updated).toMatchObject({ ...next, version: 2, createdAt: event.createdAt });
        const error = await rejectionOf(store.updateEvent(event.id, 1, eventFields()));
        expect(error).toBeInstanceOf(VersionConflictError);
        expect(error).toMatchObject({ entity: 'Event', expectedVersion: 1, currentVersion: 2 });
        expect(await store.getEvent(event.id)).toEqual(updated);
        expect(await rejectionOf(store.updateEvent(MISSING, 1, next))).toBeInstanceOf(
          NotFoundError,
        );
      });

      it('deletes the event with its invitations; a stale version deletes nothing', async () => {
        const store = current();
        const a = await actor();
        const event = await store.createEvent(eventFields());
        const [invitation] = await store.addInvitations(event.id, [invite(a.id)]);
        expect(await rejectionOf(store.deleteEvent(event.id, 2))).toBeInstanceOf(
          VersionConflictError,
        );
        await store.deleteEvent(event.id, 1);
        expect(await store.getEvent(event.id)).toBeNull();
        expect(await store.getInvitation(invitation.id)).toBeNull();
        expect(await rejectionOf(store.deleteEvent(event.id, 1))).toBeInstanceOf(NotFoundError);
      });
    });

    describe('addInvitations', () => {
      it('adds drafts in order, with a history of one status', async () => {
        const store = current();
        const a = await actor();
        const b = await actor();
        const p = await person(b.id);
        const event = await store.createEvent(eventFields());
        const added = await store.addInvitations(event.id, [
          invite(a.id, { emailKey: 'info@a.example.org' }),
          invite(b.id, { personId: p.id, emailKey: 'liisa@example.org', note: 'puhuja?' }),
        ]);
        expect(added).toEqual([
          {
            id: expect.any(String),
            eventId: event.id,
            actorId: a.id,
            personId: null,
            emailKey: 'info@a.example.org',
            status: 'draft',
            history: [{ status: 'draft', at: added[0].createdAt }],
            note: null,
            createdAt: expect.any(String),
            updatedAt: added[0].createdAt,
            version: 1,
          },
          expect.objectContaining({ personId: p.id, note: 'puhuja?', status: 'draft' }),
        ]);
        expect(await store.listInvitations(event.id)).toEqual(added);
        expect(await store.getInvitation(added[1].id)).toEqual(added[1]);
      });

      it('refuses the same person, the same address, or the same actor without a person twice, on the list or in one batch', async () => {
        const store = current();
        const a = await actor();
        const p = await person(a.id);
        const q = await person(a.id, { name: 'Toinen' });
        const event = await store.createEvent(eventFields());
        await store.addInvitations(event.id, [
          invite(a.id, { personId: p.id, emailKey: 'same@example.org' }),
        ]);
        const cases: [NewInvitation[], string][] = [
          [[invite(a.id, { personId: p.id, emailKey: null })], 'personId'],
          [[invite(a.id, { personId: q.id, emailKey: 'same@example.org' })], 'email'],
          [[invite(a.id), invite(a.id)], 'actorId'],
        ];
        for (const [batch, field] of cases) {
          const error = await rejectionOf(store.addInvitations(event.id, batch));
          expect(error, field).toBeInstanceOf(DuplicateError);
          expect(error).toMatchObject({ entity: 'Invitation', field });
        }
        expect(await store.listInvitations(event.id)).toHaveLength(1);
      });

      it('refuses a missing event, actor or person, and a person of another actor', async () => {
        const store = current();
        const a = await actor();
        const b = await actor();
        const p = await person(b.id);
        const event = await store.createEvent(eventFields());
        expect(await rejectionOf(store.addInvitations(MISSING, [invite(a.id)]))).toBeInstanceOf(
          NotFoundError,
        );
        expect(
          await rejectionOf(store.addInvitations(event.id, [invite(a.id), invite(MISSING)])),
        ).toMatchObject({ field: 'invitations.1.actorId' });
        expect(
          await rejectionOf(store.addInvitations(event.id, [invite(a.id, { personId: p.id })])),
        ).toMatchObject({ field: 'invitations.0.personId', value: p.id });
        expect(await store.listInvitations(event.id)).toEqual([]);
      });
    });

    describe('updateInvitation, setInvitationStatus and deleteInvitation', () => {
      it('changes the contact person, checking duplicates and the version', async () => {
        const store = current();
        const a = await actor();
        const p = await person(a.id);
        const q = await person(a.id, { name: 'Q' });
        const event = await store.createEvent(eventFields());
        const [first, second] = await store.addInvitations(event.id, [
          invite(a.id, { personId: p.id, emailKey: 'p@example.org' }),
          invite(a.id),
        ]);
        const changed = await store.updateInvitation(second.id, 1, {
          personId: q.id,
          note: 'vaihdettu',
          emailKey: 'q@example.org',
        });
        expect(changed).toMatchObject({ personId: q.id, emailKey: 'q@example.org', version: 2 });
        expect(
          await rejectionOf(
            store.updateInvitation(changed.id, 2, { personId: p.id, note: null, emailKey: null }),
          ),
        ).toBeInstanceOf(DuplicateError);
        expect(
          await rejectionOf(
            store.updateInvitation(first.id, 5, { personId: null, note: null, emailKey: null }),
          ),
        ).toBeInstanceOf(VersionConflictError);
      });

      it('sets statuses in bulk with the moment of each change, all or none', async () => {
        const store = current();
        const a = await actor();
        const b = await actor();
        const event = await store.createEvent(eventFields());
        const [x, y] = await store.addInvitations(event.id, [invite(a.id), invite(b.id)]);
        const at = '2026-04-01T10:00:00.000Z';
        const invited = await store.setInvitationStatus(
          [
            { id: x.id, expectedVersion: 1 },
            { id: y.id, expectedVersion: 1 },
          ],
          'invited',
          at,
        );
        expect(invited.map((i) => [i.status, i.version])).toEqual([
          ['invited', 2],
          ['invited', 2],
        ]);
        expect(invited[0].history).toEqual([
          { status: 'draft', at: x.createdAt },
          { status: 'invited', at },
        ]);
        const stale = await rejectionOf(
          store.setInvitationStatus(
            [
              { id: x.id, expectedVersion: 2 },
              { id: y.id, expectedVersion: 1 },
            ],
            'attended',
            at,
          ),
        );
        expect(stale).toBeInstanceOf(VersionConflictError);
        expect((await store.getInvitation(x.id))?.status).toBe('invited');
        const same = await store.setInvitationStatus(
          [{ id: x.id, expectedVersion: 2 }],
          'invited',
          at,
        );
        expect(same[0].version).toBe(2);
        await store.deleteInvitation(y.id, 2);
        expect(await store.listInvitations(event.id)).toEqual([same[0]]);
      });
    });

    describe('findPersonEventLinks', () => {
      const talk = (actorId: string, personId: string, title = 'Puheenvuoro') => ({
        kind: 'expert_talk' as const,
        title,
        startTime: null,
        speakers: [{ actorId, personId, name: null }],
      });

      it('finds the invitations addressed to the person, any status, and where they speak, in event order', async () => {
        const store = current();
        const a = await actor();
        const p = await person(a.id);
        const other = await person(a.id, { name: 'Matti Meikäläinen' });
        const late = await store.createEvent(
          eventFields({ date: '2026-09-01', programme: [talk(a.id, other.id), talk(a.id, p.id)] }),
        );
        const early = await store.createEvent(eventFields({ date: '2026-05-28' }));
        const unrelated = await store.createEvent(eventFields({ date: '2026-06-01' }));
        const [draft] = await store.addInvitations(late.id, [
          invite(a.id, { personId: p.id }),
          invite(a.id, { personId: other.id }),
        ]);
        const [sent] = await store.addInvitations(early.id, [invite(a.id, { personId: p.id })]);
        const [sentNow] = await store.setInvitationStatus(
          [{ id: sent.id, expectedVersion: 1 }],
          'invited',
          NOW,
        );
        await store.addInvitations(unrelated.id, [invite(a.id, { personId: other.id })]);

        const links = await store.findPersonEventLinks(p.id);
        expect(links.events).toEqual([early, (await store.getEvent(late.id))!]);
        expect(links.invitations).toEqual([sentNow, draft]);
        expect(links.invitations.map((i) => i.status)).toEqual(['invited', 'draft']);
        expect(links.speakerItems).toEqual([{ eventId: late.id, item: 1, title: 'Puheenvuoro' }]);
        const others = await store.findPersonEventLinks(other.id);
        expect(others.events.map((e) => e.id)).toEqual([unrelated.id, late.id]);
        expect(others.invitations.map((i) => i.eventId)).toEqual([unrelated.id, late.id]);
        expect(others.speakerItems.map((s) => s.item)).toEqual([0]);
      });

      it('finds an event where the person only speaks, and nothing for a person with no links or an unknown id', async () => {
        const store = current();
        const a = await actor();
        const p = await person(a.id);
        const idle = await person(a.id, { name: 'Ei mitään' });
        const event = await store.createEvent(
          eventFields({ programme: [talk(a.id, p.id, 'Avaus')] }),
        );
        await store.addInvitations(event.id, [invite(a.id)]);
        expect(await store.findPersonEventLinks(p.id)).toEqual({
          events: [event],
          invitations: [],
          speakerItems: [{ eventId: event.id, item: 0, title: 'Avaus' }],
        });
        const empty = { events: [], invitations: [], speakerItems: [] };
        expect(await store.findPersonEventLinks(idle.id)).toEqual(empty);
        expect(await store.findPersonEventLinks(MISSING)).toEqual(empty);
      });

      it('after a move to another actor, has only what the person has under the new one', async () => {
        const store = current();
        const a = await actor();
        const b = await actor();
        const p = await person(a.id);
        const before = await store.createEvent(eventFields({ programme: [talk(a.id, p.id)] }));
        await store.addInvitations(before.id, [invite(a.id, { personId: p.id })]);
        const moved = await store.updatePerson(p.id, p.version, { ...PERSON, actorId: b.id });
        expect(moved.actorId).toBe(b.id);
        // The move dropped the invitation and speaker entry under the former actor.
        expect(await store.findPersonEventLinks(p.id)).toEqual({
          events: [],
          invitations: [],
          speakerItems: [],
        });
        const after = await store.createEvent(eventFields({ date: '2026-10-01' }));
        const [invitation] = await store.addInvitations(after.id, [
          invite(b.id, { personId: p.id }),
        ]);
        const links = await store.findPersonEventLinks(p.id);
        expect(links.invitations).toEqual([invitation]);
        expect(links.events.map((e) => e.id)).toEqual([after.id]);
      });
    });

    describe('listParticipation', () => {
      it('tells who organised, spoke, was invited (past draft) and attended', async () => {
        const store = current();
        const organiser = await actor();
        const speaker = await actor();
        const guest = await actor();
        const drafted = await actor();
        const event = await store.createEvent(
          eventFields({
            coOrganisers: [
              { actorId: organiser.id, tasks: [], costSharePercent: null, note: null },
            ],
            programme: [
              {
                kind: 'expert_talk',
                title: 'Talk',
                startTime: null,
                speakers: [{ actorId: speaker.id, personId: null, name: null }],
              },
            ],
          }),
        );
        const [g] = await store.addInvitations(event.id, [invite(guest.id), invite(drafted.id)]);
        await store.setInvitationStatus([{ id: g.id, expectedVersion: 1 }], 'attended', NOW);
        const rows = await store.listParticipation([
          organiser.id,
          speaker.id,
          guest.id,
          drafted.id,
        ]);
        const shown = rows.map(
          (r) =>
            `${r.actorId === organiser.id ? 'o' : r.actorId === speaker.id ? 's' : r.actorId === guest.id ? 'g' : 'd'}:${r.role}`,
        );
        expect(shown.sort()).toEqual(['g:attended', 'g:invited', 'o:organised', 's:spoke']);
        expect(rows.every((r) => r.eventId === event.id)).toBe(true);
        expect(await store.listParticipation([])).toEqual([]);
      });
    });

    describe('deleting actors and persons cascades', () => {
      it('an actor takes its invitations, co-organiser roles, speaker entries and measure roles along', async () => {
        const store = current();
        const doomed = await actor();
        const kept = await actor();
        const event = await store.createEvent(
          eventFields({
            coOrganisers: [
              { actorId: doomed.id, tasks: [], costSharePercent: null, note: null },
              { actorId: kept.id, tasks: ['venue'], costSharePercent: null, note: null },
            ],
            programme: [
              {
                kind: 'panel',
                title: 'Paneeli',
                startTime: null,
                speakers: [
                  { actorId: doomed.id, personId: null, name: null },
                  { actorId: null, personId: null, name: 'Vieras' },
                  { actorId: kept.id, personId: null, name: null },
                ],
              },
            ],
          }),
        );
        const [, keptInvitation] = await store.addInvitations(event.id, [
          invite(doomed.id),
          invite(kept.id),
        ]);
        const plan = await store.createPlan(
          planFields({
            measures: [
              measure({ responsibleActorIds: [doomed.id, kept.id], partnerActorIds: [doomed.id] }),
            ],
          }),
        );
        await store.deleteActor(doomed.id, doomed.version);
        const after = (await store.getEvent(event.id))!;
        expect(after.version).toBe(1);
        expect(after.coOrganisers.map((o) => o.actorId)).toEqual([kept.id]);
        expect(after.programme[0].speakers).toEqual([
          { actorId: null, personId: null, name: 'Vieras' },
          { actorId: kept.id, personId: null, name: null },
        ]);
        expect(await store.listInvitations(event.id)).toEqual([keptInvitation]);
        const planAfter = (await store.getPlan(plan.id))!;
        expect(planAfter.measures[0].responsibleActorIds).toEqual([kept.id]);
        expect(planAfter.measures[0].partnerActorIds).toEqual([]);
      });

      it('a person takes the invitations addressed to them and their speaker entries along', async () => {
        const store = current();
        const a = await actor();
        const p = await person(a.id);
        const event = await store.createEvent(
          eventFields({
            programme: [
              {
                kind: 'comment',
                title: 'Kommentti',
                startTime: null,
                speakers: [{ actorId: a.id, personId: p.id, name: null }],
              },
            ],
          }),
        );
        const [, toActor] = await store.addInvitations(event.id, [
          invite(a.id, { personId: p.id }),
          invite(a.id),
        ]);
        await store.deletePerson(p.id, p.version);
        expect(await store.listInvitations(event.id)).toEqual([toActor]);
        expect((await store.getEvent(event.id))!.programme[0].speakers).toEqual([]);
      });
    });

    describe('moving a contact person to another actor', () => {
      it('drops the invitations and speaker entries they had under the former actor, and nothing else', async () => {
        const store = current();
        const a = await actor();
        const b = await actor();
        const p = await person(a.id);
        const event = await store.createEvent(
          eventFields({
            programme: [
              {
                kind: 'comment',
                title: 'Kommentti',
                startTime: null,
                speakers: [{ actorId: a.id, personId: p.id, name: null }],
              },
            ],
          }),
        );
        const [toPerson, toActor] = await store.addInvitations(event.id, [
          invite(a.id, { personId: p.id }),
          invite(a.id),
        ]);
        await store.setInvitationStatus([{ id: toPerson.id, expectedVersion: 1 }], 'attended', NOW);
        await store.updatePerson(p.id, p.version, { ...PERSON, actorId: b.id });
        expect(await store.listInvitations(event.id)).toEqual([toActor]);
        expect((await store.getEvent(event.id))!.programme[0].speakers).toEqual([]);
        expect(await store.listParticipation([a.id])).toEqual([]);
        await store.updatePerson(p.id, p.version + 1, { ...PERSON, actorId: b.id, title: 'x' });
        expect(await store.listInvitations(event.id)).toEqual([toActor]);
      });
    });

    describe('plans', () => {
      it('creates, finds, updates and deletes a plan with goals and measures', async () => {
        const store = current();
        const a = await actor();
        const fields = planFields({
          goals: [{ title: 'Turvallisuuden tunne kasvaa', description: null }],
          measures: [measure({ goal: 0, responsibleActorIds: [a.id], dimensions: ['safety'] })],
        });
        const plan = await store.createPlan(fields);
        expect(plan).toEqual({
          ...fields,
          id: expect.any(String),
          version: 1,
          createdAt: plan.updatedAt,
          updatedAt: expect.any(String),
        });
        await store.createPlan(
          planFields({ regionCode: '01', municipalityCode: null, title: 'Uusimaa' }),
        );
        expect((await store.findPlans({ regionCode: '18' })).map((p) => p.id)).toEqual([plan.id]);
        const next = planFields({ title: 'Päivitetty', measures: [] });
        const updated = await store.updatePlan(plan.id, 1, next);
        expect(updated).toMatchObject({ ...next, version: 2 });
        expect(await rejectionOf(store.updatePlan(plan.id, 1, next))).toBeInstanceOf(
          VersionConflictError,
        );
        expect(
          await rejectionOf(
            store.createPlan(planFields({ measures: [measure({ partnerActorIds: [MISSING] })] })),
          ),
        ).toMatchObject({ field: 'measures.0.partnerActorIds.0' });
        await store.deletePlan(plan.id, 2);
        expect(await store.getPlan(plan.id)).toBeNull();
      });
    });

    describe('revision', () => {
      it('grows with event, invitation and plan writes and stays on reads and failures', async () => {
        const store = current();
        const a = await actor();
        let last = await store.revision();
        const grew = async () => {
          const now = await store.revision();
          expect(now).toBeGreaterThan(last);
          last = now;
        };
        const event = await store.createEvent(eventFields());
        await grew();
        const [i] = await store.addInvitations(event.id, [invite(a.id)]);
        await grew();
        await store.setInvitationStatus([{ id: i.id, expectedVersion: 1 }], 'invited', NOW);
        await grew();
        await store.createPlan(planFields());
        await grew();
        await store.getEvent(event.id);
        await store.listInvitations(event.id);
        await store.listParticipation([a.id]);
        await store.findPlans({});
        await rejectionOf(store.addInvitations(event.id, [invite(a.id)]));
        expect(await store.revision()).toBe(last);
      });
    });
  });
}

const MISSING = '00000000-0000-4000-8000-000000000000';
const NOW = '2026-05-01T12:00:00.000Z';

export const ACTOR: NewActor = {
  externalId: null,
  name: 'Actor',
  category: 'ngo',
  subcategory: null,
  municipalityCode: '205',
  regionCode: '18',
  email: null,
  phone: null,
  website: null,
  languages: ['fi'],
  dimensions: [],
  tags: [],
  description: null,
};

export const PERSON: Omit<NewPerson, 'actorId'> = {
  externalId: null,
  reviewDate: null,
  name: 'Liisa Virtanen',
  title: null,
  email: null,
  phone: null,
  legalBasis: 'public_task',
  source: null,
};

export function eventFields(overrides: Partial<EventFields> = {}): EventFields {
  return {
    kind: 'panel',
    status: 'planned',
    title: 'Alueellinen paneeli: väestösuhteet Kainuussa',
    date: '2026-05-28',
    endDate: null,
    startTime: '09:00',
    endTime: '12:00',
    place: 'Kajaanin kaupungintalo',
    municipalityCode: '205',
    regionCode: '18',
    description: 'Ääni, öljy, å',
    profileId: 'regional_panel',
    programme: [],
    coOrganisers: [],
    ...overrides,
  };
}

function invite(actorId: string, overrides: Partial<NewInvitation> = {}): NewInvitation {
  return { actorId, personId: null, emailKey: null, note: null, ...overrides };
}

function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    title: 'Poliisin ja yhteisöjen tapaamiset',
    description: null,
    goal: null,
    dimensions: ['safety'],
    responsibleActorIds: [],
    partnerActorIds: [],
    startDate: '2026-01-01',
    endDate: null,
    status: 'planned',
    ...overrides,
  };
}

function planFields(overrides: Partial<PlanFields> = {}): PlanFields {
  return {
    title: 'Kainuun toimintasuunnitelma',
    regionCode: '18',
    municipalityCode: null,
    periodStart: 2026,
    periodEnd: 2027,
    description: null,
    goals: [],
    measures: [],
    ...overrides,
  };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
