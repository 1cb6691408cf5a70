import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { describeGraphStoreContract } from '../graph-store.contract';
import type { NewActor } from '../graph-store';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';
import { openDatabase } from './open-database';
import { SqliteGraphStore } from './sqlite-graph-store';

const root = mkdtempSync(join(tmpdir(), 'verkosto-sqlite-'));
let fileNumber = 0;
/** A path no earlier test has used, in a folder that does not exist yet. */
const freshPath = () => join(root, `run-${++fileNumber}`, 'verkosto.db');

afterAll(() => rmSync(root, { recursive: true, force: true }));

describeGraphStoreContract('SqliteGraphStore', async () => new SqliteGraphStore(freshPath()));

describe('SqliteGraphStore', () => {
  const open: SqliteGraphStore[] = [];
  const openStore = async (path = freshPath()) => {
    const store = new SqliteGraphStore(path);
    open.push(store);
    await store.init();
    return store;
  };

  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });

  /** A second, read-only look at the file, as an operator's sqlite3 shell would have. */
  const inspect = <T>(path: string, look: (db: Database.Database) => T): T => {
    const db = new Database(path, { readonly: true });
    try {
      return look(db);
    } finally {
      db.close();
    }
  };

  it('creates the missing parent folder of the database file', async () => {
    const path = freshPath();
    await openStore(path);
    expect(inspect(path, (db) => db.pragma('user_version', { simple: true }))).toBe(
      LATEST_SCHEMA_VERSION,
    );
  });

  it('opens its connection with WAL, full synchronous writes, foreign keys and a busy timeout', () => {
    // Pragmas belong to a connection, so they are read on the one openDatabase returns,
    // which is the one the store uses.
    const db = openDatabase(freshPath());
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('applies the migrations once: again on the same file they are a no-op', async () => {
    const path = freshPath();
    const store = await openStore(path);
    await store.init();
    await store.close();
    const db = new Database(path);
    try {
      expect(migrate(db)).toEqual([]);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      db.close();
    }
    const fresh = new Database(':memory:');
    try {
      expect(migrate(fresh)).toEqual(
        Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1),
      );
    } finally {
      fresh.close();
    }
  });

  it('keeps the audit log append-only: its triggers refuse an UPDATE or DELETE from anyone', async () => {
    const path = freshPath();
    const store = await openStore(path);
    await store.appendAudit({
      userId: null,
      userEmail: null,
      action: 'create',
      entity: 'Actor',
      entityId: 'a1',
      before: null,
      after: '{}',
      detail: null,
    });
    await store.close();
    const db = new Database(path);
    try {
      expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer schema', async () => {
    const path = freshPath();
    await (await openStore(path)).close();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    await expect(openStore(path)).rejects.toThrow(/newer than this release/);
  });

  it('keeps the data and the revision across close and reopen', async () => {
    const path = freshPath();
    const store = await openStore(path);
    const a = await store.createActor({ ...actor('Kajaani'), externalId: 'KAI-1' });
    const b = await store.createActor({ ...actor('Kuhmo'), externalId: null });
    const tie = await store.createRelationship({
      sourceId: a.id,
      targetId: b.id,
      type: 'COOPERATES_WITH',
      strength: 2,
      since: null,
      note: 'ääni 🤝',
    });
    const revision = await store.revision();
    await store.close();

    const reopened = await openStore(path);
    expect(await reopened.getActor('KAI-1')).toEqual(a);
    expect(await reopened.getRelationship(tie.id)).toEqual(tie);
    expect(await reopened.counts()).toEqual({ actors: 2, persons: 0, relationships: 1 });
    expect(await reopened.revision()).toBe(revision);
  });

  it('passes PRAGMA integrity_check and foreign_key_check after writes and deletes', async () => {
    const path = freshPath();
    const store = await openStore(path);
    const ids = [];
    for (let i = 0; i < 50; i++) ids.push((await store.createActor(actor(`A${i}`))).id);
    for (let i = 1; i < 50; i++) {
      await store.createRelationship({
        sourceId: ids[i - 1],
        targetId: ids[i],
        type: 'FUNDS',
        strength: 1,
        since: null,
        note: null,
      });
    }
    await store.createPerson({
      actorId: ids[10],
      externalId: 'P',
      reviewDate: null,
      name: 'P',
      title: null,
      email: null,
      phone: null,
      legalBasis: 'consent',
      source: null,
    });
    await store.deleteActor(ids[10], 1);
    await store.close();
    inspect(path, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
  });

  it('reports itself as the sqlite kind', async () => {
    expect((await openStore()).kind).toBe('sqlite');
  });
});

function actor(name: string): NewActor {
  return {
    externalId: null,
    name,
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
}
