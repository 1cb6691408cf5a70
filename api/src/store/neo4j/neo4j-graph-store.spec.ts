import { int, isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { ActorFields, PersonFields } from '../../domain/records';
import type { ImportBatch, NewActor } from '../graph-store';
import {
  DuplicateError,
  MissingReferenceError,
  NotFoundError,
  VersionConflictError,
} from '../store-errors';
import { SCHEMA_STATEMENTS } from './cypher/schema';
import { ConstraintViolation, Neo4jUnavailableError } from './neo4j-errors';
import { Neo4jGraphStore } from './neo4j-graph-store';
import type { Row } from './neo4j-executor';
import { ScriptedExecutor, type Script } from './testing/scripted-executor';
import { utcDateTime } from './write-params';

const CONFIG = { uri: 'neo4j://db.invalid:7687', username: 'neo4j', password: 'secret' };
const CREATED = utcDateTime(new Date('2026-03-01T08:00:00.000Z'));
const BUMPED: Row[] = [{ revision: int(8) }];

function storeWith(script: Script = {}) {
  const db = new ScriptedExecutor({ 'meta.bumpRevision': BUMPED, ...script });
  return { db, store: new Neo4jGraphStore(CONFIG, db) };
}

function actorFields(overrides: Partial<ActorFields> = {}): ActorFields {
  return {
    name: 'Kajaanin kaupunki',
    category: 'authority_local',
    subcategory: null,
    municipalityCode: '205',
    regionCode: '18',
    email: null,
    phone: null,
    website: null,
    languages: ['fi'],
    dimensions: ['interaction'],
    tags: [],
    description: null,
    ...overrides,
  };
}

/** A row as Neo4j returns an actor: Integers, DateTimes, and no property for a null. */
function actorRow(id: string, overrides: Record<string, unknown> = {}): Row {
  return {
    actor: {
      id,
      name: 'Kajaanin kaupunki',
      searchKey: 'kajaanin kaupunki',
      category: 'authority_local',
      municipalityCode: '205',
      regionCode: '18',
      languages: ['fi'],
      dimensions: ['interaction'],
      tags: [],
      createdAt: CREATED,
      updatedAt: CREATED,
      version: int(1),
      ...overrides,
    },
  };
}

function personRow(id: string, actorId: string, overrides: Record<string, unknown> = {}): Row {
  return {
    person: {
      id,
      actorId,
      name: 'Liisa Virtanen',
      legalBasis: 'public_task',
      createdAt: CREATED,
      updatedAt: CREATED,
      version: int(1),
      ...overrides,
    },
  };
}

function tieRow(id: string, overrides: Record<string, unknown> = {}): Row {
  return {
    tie: {
      id,
      type: 'FUNDS',
      sourceId: 'a',
      targetId: 'b',
      strength: int(2),
      createdAt: CREATED,
      updatedAt: CREATED,
      version: int(1),
      ...overrides,
    },
  };
}

const personFields = (actorId: string): PersonFields => ({
  actorId,
  reviewDate: null,
  name: 'Liisa Virtanen',
  title: null,
  email: null,
  phone: null,
  legalBasis: 'public_task',
  source: null,
});

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

describe('Neo4jGraphStore', () => {
  describe('init', () => {
    it.each(['neo4j://127.0.0.1:1', 'bolt://127.0.0.1:1'])(
      'fails fast, saying what to fix, when nothing listens at %s',
      async (uri) => {
        const store = new Neo4jGraphStore({
          uri,
          username: 'neo4j',
          password: 'not-shown',
          database: 'neo4j',
          maxTransactionRetryTimeMs: 200,
          connectionTimeoutMs: 2_000,
        });
        const started = Date.now();
        try {
          const error = await rejectionOf(store.init());
          expect(Date.now() - started).toBeLessThan(5_000);
          expect(error).toBeInstanceOf(Neo4jUnavailableError);
          const message = (error as Error).message;
          expect(message).toContain(`Neo4j is not reachable at ${uri}, database neo4j`);
          expect(message).toMatch(/Check that the server runs and that NEO4J_URI/);
          expect(message).not.toContain('not-shown');
        } finally {
          await store.close();
        }
      },
    );

    it('creates every constraint and index, then the revision counter, each in a transaction of its own', async () => {
      const { db, store } = storeWith();
      await store.init();
      expect(db.names()).toEqual([...SCHEMA_STATEMENTS.map((s) => s.name), 'meta.ensureRevision']);
      expect(db.commits).toBe(SCHEMA_STATEMENTS.length + 1);
      expect(db.sent.every((s) => s.mode === 'write')).toBe(true);
    });

    it('refuses a server older than Neo4j 5.7 before it changes anything', async () => {
      const { db, store } = storeWith();
      db.agent = 'Neo4j/5.6.0';
      await expect(store.init()).rejects.toThrow(/runs Neo4j\/5\.6\.0, but .* 5\.7 or later/);
      expect(db.sent).toEqual([]);
    });
  });

  describe('writes', () => {
    it('start by advancing the revision, in the same transaction as the write', async () => {
      const { db, store } = storeWith({ 'actor.create': [actorRow('x')] });
      await store.createActor({ ...actorFields(), externalId: null });
      expect(db.names()).toEqual(['meta.bumpRevision', 'actor.create']);
      expect(db.commits).toBe(1);
    });

    it('refuse to write into a database that init() has not prepared', async () => {
      const { store } = storeWith({ 'meta.bumpRevision': [] });
      await expect(store.createActor({ ...actorFields(), externalId: null })).rejects.toThrow(
        /has no revision counter: run init\(\) on it first/,
      );
    });

    it('leave reads alone: a read runs no revision statement', async () => {
      const { db, store } = storeWith({ 'actor.byRef': [actorRow('x')] });
      await store.getActor('x');
      expect(db.names()).toEqual(['actor.byRef']);
      expect(db.sent[0].mode).toBe('read');
    });
  });

  describe('createActor', () => {
    const fields: NewActor = { ...actorFields({ email: null }), externalId: 'KAI-1' };

    it('sends an id, the fields with their search key, one timestamp and a write id', async () => {
      const { db, store } = storeWith({
        'actor.create': (params) => [actorRow(params.id as string, { externalId: 'KAI-1' })],
      });
      const actor = await store.createActor(fields);
      const { params } = db.sent[1];
      expect(params).toEqual({
        id: actor.id,
        externalId: 'KAI-1',
        fields: expect.objectContaining({ searchKey: 'kajaanin kaupunki', email: null }),
        now: expect.anything(),
        writeId: expect.any(String),
      });
      expect(params.fields).not.toHaveProperty('externalId');
      expect(actor).toMatchObject({ externalId: 'KAI-1', version: 1, email: null });
      expect(actor.createdAt).toBe('2026-03-01T08:00:00.000Z');
    });

    it('sends the same id, timestamp and write id when the driver runs the write again', async () => {
      const { db, store } = storeWith({
        'actor.create': (params) => [actorRow(params.id as string)],
      });
      db.attempts = 2;
      await store.createActor(fields);
      const creates = db.sent.filter((s) => s.name === 'actor.create');
      expect(creates).toHaveLength(2);
      expect(creates[1].params).toEqual(creates[0].params);
    });

    it('turns a broken uniqueness constraint into DuplicateError on the external id', async () => {
      const { store } = storeWith({
        'actor.create': () => {
          throw new ConstraintViolation('Node(7) already exists with label `Actor`');
        },
      });
      const error = await rejectionOf(store.createActor(fields));
      expect(error).toBeInstanceOf(DuplicateError);
      expect(error).toMatchObject({ entity: 'Actor', field: 'externalId', value: 'KAI-1' });
    });
  });

  describe('updateActor', () => {
    it('sends the expected version as an Integer and returns the updated record', async () => {
      const { db, store } = storeWith({ 'actor.update': [actorRow('a', { version: int(2) })] });
      const updated = await store.updateActor('a', 1, actorFields());
      expect(isInt(db.sent[1].params.expectedVersion)).toBe(true);
      expect(updated.version).toBe(2);
    });

    it('throws NotFoundError, and commits nothing, when the actor is missing', async () => {
      const { db, store } = storeWith();
      const error = await rejectionOf(store.updateActor('gone', 1, actorFields()));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ entity: 'Actor', id: 'gone' });
      expect(db.names()).toEqual(['meta.bumpRevision', 'actor.update', 'actor.byId']);
      expect(db.commits).toBe(0);
    });

    it('throws VersionConflictError naming the current version when another write came first', async () => {
      const { store } = storeWith({
        'actor.byId': [actorRow('a', { version: int(3), writeId: 'other' })],
      });
      const error = await rejectionOf(store.updateActor('a', 1, actorFields()));
      expect(error).toBeInstanceOf(VersionConflictError);
      expect(error).toMatchObject({ expectedVersion: 1, currentVersion: 3 });
    });

    it('returns its own committed update when the driver runs it again after a lost answer', async () => {
      const { db, store } = storeWith({
        'actor.update': (_params, attempt) =>
          attempt === 1 ? [actorRow('a', { version: int(2) })] : [],
        'actor.byId': () => [
          actorRow('a', {
            version: int(2),
            writeId: db.sent.find((s) => s.name === 'actor.update')?.params.writeId,
          }),
        ],
      });
      db.attempts = 2;
      const updated = await store.updateActor('a', 1, actorFields());
      expect(updated.version).toBe(2);
      expect(db.commits).toBe(1); // the first attempt; the second rolls back
    });
  });

  describe('deleteActor', () => {
    it('succeeds when a retry finds the actor gone that its first attempt deleted', async () => {
      const { db, store } = storeWith({
        'actor.delete': (_params, attempt) => [{ deleted: int(attempt === 1 ? 1 : 0) }],
      });
      db.attempts = 2;
      await expect(store.deleteActor('a', 1)).resolves.toBeUndefined();
    });

    it('throws NotFoundError for a missing actor on a first attempt', async () => {
      const { store } = storeWith({ 'actor.delete': [{ deleted: int(0) }] });
      await expect(store.deleteActor('gone', 1)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('throws VersionConflictError for a stale version', async () => {
      const { store } = storeWith({
        'actor.delete': [{ deleted: int(0) }],
        'actor.byId': [actorRow('a', { version: int(2) })],
      });
      await expect(store.deleteActor('a', 1)).rejects.toMatchObject({ currentVersion: 2 });
    });
  });

  describe('person writes', () => {
    it('refuse a missing actor with MissingReferenceError on create', async () => {
      const { store } = storeWith({ 'person.create': [] });
      const error = await rejectionOf(
        store.createPerson({ ...personFields('nobody'), externalId: null }),
      );
      expect(error).toBeInstanceOf(MissingReferenceError);
      expect(error).toMatchObject({ field: 'actorId', value: 'nobody' });
    });

    it('refuse a move to a missing actor, when the person is there in the edited version', async () => {
      const { store } = storeWith({ 'person.byId': [personRow('p', 'a')] });
      const error = await rejectionOf(store.updatePerson('p', 1, personFields('nobody')));
      expect(error).toBeInstanceOf(MissingReferenceError);
    });

    it('report a stale version before a missing actor', async () => {
      const { store } = storeWith({ 'person.byId': [personRow('p', 'a', { version: int(2) })] });
      const error = await rejectionOf(store.updatePerson('p', 1, personFields('nobody')));
      expect(error).toBeInstanceOf(VersionConflictError);
    });

    it('turn a taken external id into DuplicateError', async () => {
      const { store } = storeWith({
        'person.create': () => {
          throw new ConstraintViolation('already exists');
        },
      });
      const error = await rejectionOf(
        store.createPerson({ ...personFields('a'), externalId: 'P-1' }),
      );
      expect(error).toMatchObject({ entity: 'Person', field: 'externalId', value: 'P-1' });
    });
  });

  describe('createRelationship', () => {
    const tie = {
      sourceId: 'a',
      targetId: 'b',
      type: 'FUNDS' as const,
      strength: 2,
      since: null,
      note: null,
    };

    it('names the missing end with MissingReferenceError', async () => {
      const { store } = storeWith({ 'actor.existingIds': [{ id: 'a' }] });
      const error = await rejectionOf(store.createRelationship(tie));
      expect(error).toMatchObject({ field: 'targetId', value: 'b' });
    });

    it('refuses the same tie with DuplicateError, checked with the statement of its type', async () => {
      const { db, store } = storeWith({
        'actor.existingIds': [{ id: 'a' }, { id: 'b' }],
        'relationship.otherBetween.FUNDS': [{ id: 'old' }],
      });
      const error = await rejectionOf(store.createRelationship(tie));
      expect(error).toBeInstanceOf(DuplicateError);
      expect(db.names()).not.toContain('relationship.create.FUNDS');
      expect(db.commits).toBe(0);
    });

    it('creates the tie with the statement of its type, excluding its own id from the duplicate check', async () => {
      const { db, store } = storeWith({
        'actor.existingIds': [{ id: 'a' }, { id: 'b' }],
        'relationship.create.FUNDS': (params) => [tieRow(params.id as string)],
      });
      const created = await store.createRelationship(tie);
      expect(db.names()).toEqual([
        'meta.bumpRevision',
        'actor.existingIds',
        'relationship.otherBetween.FUNDS',
        'relationship.create.FUNDS',
      ]);
      expect(db.sent[2].params).toEqual({ sourceId: 'a', targetId: 'b', id: created.id });
      expect(isInt((db.sent[3].params.fields as Record<string, unknown>).strength)).toBe(true);
    });
  });

  describe('updateRelationship and deleteRelationship', () => {
    it('look the tie up by id, then use the statement of its type', async () => {
      const { db, store } = storeWith({
        'relationship.byId': [tieRow('t', { type: 'MEMBER_OF' })],
        'relationship.update.MEMBER_OF': [tieRow('t', { type: 'MEMBER_OF', version: int(2) })],
      });
      await store.updateRelationship('t', 1, { strength: 3, since: null, note: null });
      expect(db.names()).toEqual([
        'meta.bumpRevision',
        'relationship.byId',
        'relationship.update.MEMBER_OF',
      ]);
    });

    it('throw NotFoundError for an unknown id', async () => {
      const { store } = storeWith();
      await expect(store.deleteRelationship('t', 1)).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        store.updateRelationship('t', 1, { strength: 1, since: null, note: null }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('throw VersionConflictError when the tie has moved on', async () => {
      const { store } = storeWith({
        'relationship.byId': [tieRow('t', { version: int(4) })],
        'relationship.delete.FUNDS': [{ deleted: int(0) }],
      });
      await expect(store.deleteRelationship('t', 1)).rejects.toMatchObject({ currentVersion: 4 });
    });
  });

  describe('findActors', () => {
    it('sends only the filters that are set, and asks for one row more than the page', async () => {
      const { db, store } = storeWith({
        'actors.count[categories+searchKey]': [{ total: int(3) }],
        'actors.page[categories+searchKey].after': [actorRow('a'), actorRow('b'), actorRow('c')],
      });
      const page = await store.findActors(
        { categories: ['ngo'], searchKey: 'kaj' },
        { first: 2, after: { nameKey: 'k', id: 'z' } },
      );
      expect(page.items.map((a) => a.id)).toEqual(['a', 'b']);
      expect(page).toMatchObject({ totalCount: 3, hasNextPage: true });
      expect(db.sent[1].params).toEqual({
        categories: ['ngo'],
        searchKey: 'kaj',
        afterKey: 'k',
        afterId: 'z',
        limit: int(3),
      });
    });
  });

  describe('loadNetwork', () => {
    it('reads every tie for an empty scope', async () => {
      const { db, store } = storeWith({ 'actors.matching[all]': [actorRow('a'), actorRow('b')] });
      await store.loadNetwork({});
      expect(db.names()).toEqual(['actors.matching[all]', 'relationship.all']);
    });

    it('reads the ties touching the scope, then the far ends outside it', async () => {
      const { db, store } = storeWith({
        'actors.matching[regionCode]': [actorRow('a')],
        'relationship.touching': [tieRow('t', { sourceId: 'a', targetId: 'far' })],
        'actor.byIds': [actorRow('far')],
      });
      const network = await store.loadNetwork({ regionCode: '18' });
      expect(db.sent[1].params).toEqual({ ids: ['a'] });
      expect(db.sent[2].params).toEqual({ ids: ['far'] });
      expect(network.outsideNodes.map((n) => n.id)).toEqual(['far']);
    });
  });

  describe('applyImport', () => {
    const batch = (): ImportBatch => ({
      actors: [{ ...actorFields(), externalId: 'KAI-CITY' }],
      persons: [{ ...personFields('unused'), externalId: 'P-1', actorRef: 'KAI-CITY' }].map(
        ({ actorId: _actorId, ...p }) => p,
      ),
      relationships: [
        {
          sourceRef: 'KAI-CITY',
          targetRef: 'STORED',
          type: 'COOPERATES_WITH',
          strength: 2,
          since: null,
          note: null,
        },
      ],
    });

    it('throws MissingReferenceError before it reads or writes any record', async () => {
      const { db, store } = storeWith();
      const error = await rejectionOf(store.applyImport(batch()));
      expect(error).toMatchObject({ field: 'targetRef', value: 'STORED' });
      expect(db.names()).toEqual(['meta.bumpRevision', 'actor.resolveRefs']);
      expect(db.commits).toBe(0);
    });

    it('creates new records in batches, pointing persons and ties at the new actor', async () => {
      const { db, store } = storeWith({
        'actor.resolveRefs': [{ ref: 'STORED', id: 'stored-id' }],
        'import.createActors': [{ written: int(1) }],
        'import.createPersons': [{ written: int(1) }],
        'import.createTies.COOPERATES_WITH': [{ written: int(1) }],
      });
      const summary = await store.applyImport(batch());
      expect(summary).toEqual({
        actors: { created: 1, updated: 0, unchanged: 0 },
        persons: { created: 1, updated: 0, unchanged: 0 },
        relationships: { created: 1, updated: 0, unchanged: 0 },
      });
      const sent = (name: string) =>
        db.sent.find((s) => s.name === name)?.params.rows as Record<string, unknown>[];
      const [actor] = sent('import.createActors');
      expect(sent('import.createPersons')[0].actorId).toBe(actor.id);
      expect(sent('import.createTies.COOPERATES_WITH')[0]).toMatchObject({
        sourceId: actor.id,
        targetId: 'stored-id',
      });
      expect(db.commits).toBe(1);
    });

    it('commits nothing, not even a revision, when every record is unchanged', async () => {
      const { db, store } = storeWith({
        'actor.resolveRefs': [{ ref: 'STORED', id: 'stored-id' }],
        'import.actorsByExternalId': [actorRow('city-id', { externalId: 'KAI-CITY' })],
        'import.personsByExternalId': [personRow('p-id', 'city-id', { externalId: 'P-1' })],
        'import.tiesBetween.COOPERATES_WITH': (params) => [
          {
            key: (params.pairs as { key: string }[])[0].key,
            ...tieRow('t-id', {
              type: 'COOPERATES_WITH',
              sourceId: 'stored-id',
              targetId: 'city-id',
            }),
          },
        ],
      });
      const summary = await store.applyImport(batch());
      expect(summary.actors).toEqual({ created: 0, updated: 0, unchanged: 1 });
      expect(summary.relationships).toEqual({ created: 0, updated: 0, unchanged: 1 });
      expect(db.names().some((n) => /create|update/.test(n))).toBe(false);
      expect(db.commits).toBe(0);
    });

    it('refuses to commit when a batch statement wrote fewer rows than planned', async () => {
      const { db, store } = storeWith({
        'actor.resolveRefs': [{ ref: 'STORED', id: 'stored-id' }],
        'import.createActors': [{ written: int(0) }],
      });
      await expect(store.applyImport(batch())).rejects.toThrow(/import.createActors wrote 0 of 1/);
      expect(db.commits).toBe(0);
    });
  });
});
