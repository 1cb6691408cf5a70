import { int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { EventFields } from '../../domain/event-records';
import { DuplicateError, MissingReferenceError, VersionConflictError } from '../store-errors';
import { Neo4jGraphStore } from './neo4j-graph-store';
import type { Row } from './neo4j-executor';
import { ScriptedExecutor, type Script } from './testing/scripted-executor';
import { utcDateTime } from './write-params';

const CONFIG = { uri: 'neo4j://db.invalid:7687', username: 'neo4j', password: 'secret' };
const AT = utcDateTime(new Date('2026-05-01T10:00:00.000Z'));

function storeWith(script: Script = {}) {
  const db = new ScriptedExecutor({ 'meta.bumpRevision': [{ revision: int(3) }], ...script });
  return { db, store: new Neo4jGraphStore(CONFIG, db) };
}

const fields = (overrides: Partial<EventFields> = {}): EventFields => ({
  kind: 'panel',
  status: 'planned',
  title: 'Paneeli',
  date: '2026-11-12',
  endDate: null,
  startTime: '13:00',
  endTime: null,
  place: null,
  municipalityCode: '205',
  regionCode: '18',
  description: null,
  profileId: null,
  programme: [
    {
      kind: 'panel',
      title: 'P',
      startTime: null,
      speakers: [
        { actorId: 'a', personId: 'p', name: null },
        { actorId: null, personId: null, name: 'Vieras' },
      ],
    },
  ],
  coOrganisers: [{ actorId: 'b', tasks: ['venue'], costSharePercent: 50, note: null }],
  ...overrides,
});

/** A row as Neo4j returns an event: the node, its ORGANISED and SPOKE_AT edges. */
function eventRow(f: EventFields, speakers: Row[] = [], version = 1): Row {
  return {
    event: {
      id: 'e1',
      kind: f.kind,
      status: f.status,
      title: f.title,
      date: f.date,
      startTime: f.startTime,
      municipalityCode: f.municipalityCode,
      regionCode: f.regionCode,
      programme: JSON.stringify(f.programme),
      createdAt: AT,
      updatedAt: AT,
      version: int(version),
    },
    organisers: f.coOrganisers.map((o, i) => ({ ...o, position: int(i), costSharePercent: 50 })),
    speakers,
  };
}

function invitationRow(id: string, status: string, overrides: Record<string, unknown> = {}): Row {
  return {
    invitation: {
      id,
      eventId: 'e1',
      actorId: 'a',
      status,
      history: JSON.stringify([{ status: 'draft', at: '2026-05-01T10:00:00.000Z' }]),
      seq: int(1),
      createdAt: AT,
      updatedAt: AT,
      version: int(1),
      ...overrides,
    },
  };
}

describe('Neo4jGraphStore events', () => {
  it('creates an event in one write: checks references, creates the node, links organisers and speakers', async () => {
    const f = fields();
    const { db, store } = storeWith({
      'actor.existingIds': [{ id: 'a' }, { id: 'b' }],
      'reference.personActors': [{ personId: 'p', actorId: 'a' }],
      'event.byId': [
        eventRow(f, [{ item: int(0), position: int(0), actorId: 'a', personId: 'p' }]),
      ],
    });
    const event = await store.createEvent(f);
    expect(db.names()).toEqual([
      'meta.bumpRevision',
      'actor.existingIds',
      'reference.personActors',
      'event.create',
      'event.linkOrganisers',
      'event.linkSpeakers',
      'event.byId',
    ]);
    expect(db.sent.every((s) => s.mode === 'write')).toBe(true);
    expect(event.programme).toEqual(f.programme);
    expect(event.coOrganisers).toEqual(f.coOrganisers);
    const speakers = db.sent.find((s) => s.name === 'event.linkSpeakers')!.params.speakers;
    expect(speakers).toEqual([{ actorId: 'a', item: int(0), position: int(0), personId: 'p' }]);
  });

  it('reads a programme without the speakers whose SPOKE_AT edge is gone', async () => {
    const f = fields();
    const { store } = storeWith({ 'event.byId': [eventRow(f, [])] });
    const event = await store.getEvent('e1');
    expect(event?.programme[0].speakers).toEqual([
      { actorId: null, personId: null, name: 'Vieras' },
    ]);
  });

  it('refuses a person who is not a contact of the speaker actor before writing anything', async () => {
    const { db, store } = storeWith({
      'actor.existingIds': [{ id: 'a' }, { id: 'b' }],
      'reference.personActors': [{ personId: 'p', actorId: 'b' }],
    });
    const error = await store.createEvent(fields()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingReferenceError);
    expect(error).toMatchObject({ field: 'programme.0.speakers.0.personId' });
    expect(db.names()).not.toContain('event.create');
    expect(db.commits).toBe(0);
  });

  it('refuses a stale version of an event with VersionConflictError', async () => {
    const { store } = storeWith({ 'event.byId': [eventRow(fields(), [], 4)] });
    await expect(store.updateEvent('e1', 3, fields())).rejects.toBeInstanceOf(VersionConflictError);
  });
});

describe('Neo4jGraphStore invitations', () => {
  it('refuses an invitation to an address already on the list with DuplicateError', async () => {
    const { db, store } = storeWith({
      'invitation.nextSeq': [{ eventId: 'e1', seq: int(3) }],
      'actor.existingIds': [{ id: 'a' }],
      'invitation.clash': [{ personId: null, emailKey: 'info@a.fi' }],
    });
    const error = await store
      .addInvitations('e1', [{ actorId: 'a', personId: null, emailKey: 'info@a.fi', note: null }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateError);
    expect(error).toMatchObject({ entity: 'Invitation', field: 'email' });
    expect(db.names()).not.toContain('invitation.create');
  });

  it('keeps ATTENDED in line with the statuses it sets', async () => {
    const { db, store } = storeWith({
      'invitation.byId': [invitationRow('i1', 'invited')],
      'invitation.update': [invitationRow('i1', 'attended', { version: int(2) })],
    });
    const [changed] = await store.setInvitationStatus(
      [{ id: 'i1', expectedVersion: 1 }],
      'attended',
      '2026-05-02T09:00:00.000Z',
    );
    expect(changed.status).toBe('attended');
    const update = db.sent.find((s) => s.name === 'invitation.update')!;
    expect(JSON.parse((update.params.fields as { history: string }).history)).toEqual([
      { status: 'draft', at: '2026-05-01T10:00:00.000Z' },
      { status: 'attended', at: '2026-05-02T09:00:00.000Z' },
    ]);
    expect(db.sent.find((s) => s.name === 'invitation.syncAttended')?.params).toEqual({
      actorId: 'a',
      eventId: 'e1',
      attended: 'attended',
    });
  });

  it('answers a retried bulk status change with the records its lost commit wrote, writing nothing again', async () => {
    let writeId = '';
    const { db, store } = storeWith({
      'invitation.byId': (_params, attempt) =>
        attempt === 1
          ? [invitationRow('i1', 'invited')]
          : [invitationRow('i1', 'registered', { version: int(2), writeId })],
      'invitation.update': (params) => {
        writeId = params.writeId as string;
        return [invitationRow('i1', 'registered', { version: int(2), writeId })];
      },
    });
    db.attempts = 2;
    const [result] = await store.setInvitationStatus(
      [{ id: 'i1', expectedVersion: 1 }],
      'registered',
      '2026-05-02T09:00:00.000Z',
    );
    expect(result).toMatchObject({ status: 'registered', version: 2 });
    expect(db.sent.filter((s) => s.name === 'invitation.update')).toHaveLength(1);
  });

  it('lists participation by edge type, leaving out draft invitations', async () => {
    const { store } = storeWith({
      'participation.byActors': [
        { actorId: 'a', eventId: 'e1', type: 'ORGANISED', status: null },
        { actorId: 'a', eventId: 'e2', type: 'INVITED_TO', status: 'draft' },
        { actorId: 'b', eventId: 'e1', type: 'INVITED_TO', status: 'attended' },
        { actorId: 'b', eventId: 'e1', type: 'ATTENDED', status: null },
      ],
    });
    expect(await store.listParticipation(['a', 'b'])).toEqual([
      { actorId: 'a', eventId: 'e1', role: 'organised' },
      { actorId: 'b', eventId: 'e1', role: 'attended' },
      { actorId: 'b', eventId: 'e1', role: 'invited' },
    ]);
  });
});

describe('Neo4jGraphStore person event links', () => {
  it("reads a person's events and invitations in one read transaction, ordering the invitations by event", async () => {
    const f = fields({ programme: [{ kind: 'panel', title: 'P', startTime: null, speakers: [] }] });
    const spoke = fields({ title: 'Puhe' });
    const { db, store } = storeWith({
      'event.byPerson': [
        { ...eventRow(f), event: { ...(eventRow(f).event as Row), id: 'e0' } },
        eventRow(spoke, [{ item: int(0), position: int(0), actorId: 'a', personId: 'p' }]),
      ],
      'invitation.byPerson': [
        invitationRow('i1', 'attended', { personId: 'p' }),
        invitationRow('i0', 'draft', { personId: 'p', eventId: 'e0' }),
      ],
    });
    const links = await store.findPersonEventLinks('p');
    expect(db.names()).toEqual(['event.byPerson', 'invitation.byPerson']);
    expect(db.sent.every((s) => s.mode === 'read' && s.params.personId === 'p')).toBe(true);
    expect(links.events.map((e) => e.id)).toEqual(['e0', 'e1']);
    expect(links.invitations.map((i) => [i.id, i.eventId, i.status, i.personId])).toEqual([
      ['i0', 'e0', 'draft', 'p'],
      ['i1', 'e1', 'attended', 'p'],
    ]);
    expect(links.speakerItems).toEqual([{ eventId: 'e1', item: 0, title: 'P' }]);
  });

  it('answers empty lists when no edge carries the person id', async () => {
    const { store } = storeWith();
    expect(await store.findPersonEventLinks('nobody')).toEqual({
      events: [],
      invitations: [],
      speakerItems: [],
    });
  });
});
