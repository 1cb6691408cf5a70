import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActorFields } from '../domain/records';
import { SqliteGraphStore } from '../store/sqlite/sqlite-graph-store';
import { backupStoreFile, inspectStoreFile, restoreStoreFile, StoreFileError } from './store-file';

const actor = (name: string): ActorFields & { externalId: null } => ({
  name,
  category: 'ngo',
  subcategory: null,
  municipalityCode: null,
  regionCode: null,
  email: null,
  phone: null,
  website: null,
  languages: [],
  dimensions: [],
  tags: [],
  description: null,
  externalId: null,
});

describe('store-file (backup and restore of the embedded store)', () => {
  let dir: string;
  let live: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verkosto-backup-'));
    live = join(dir, 'verkosto.db');
    const store = new SqliteGraphStore(live);
    await store.init();
    for (const name of ['A', 'B', 'C']) await store.createActor(actor(name));
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('backupStoreFile', () => {
    it('copies the store while it is open and written, as of one commit', async () => {
      const store = new SqliteGraphStore(live);
      await store.init();
      try {
        await store.createActor(actor('D')); // in the WAL, not yet checkpointed
        const summary = await backupStoreFile(live, join(dir, 'copy.db'));
        await store.createActor(actor('E'));
        expect(summary).toEqual({ actors: 4, persons: 0, relationships: 0, revision: 4 });
        expect(inspectStoreFile(join(dir, 'copy.db'))).toEqual(summary);
      } finally {
        await store.close();
      }
      const copy = new SqliteGraphStore(join(dir, 'copy.db'));
      await copy.init();
      expect((await copy.counts()).actors).toBe(4);
      await copy.close();
    });

    it('refuses to overwrite a file and leaves no partial copy behind', async () => {
      const target = join(dir, 'taken.db');
      writeFileSync(target, 'mine');
      await expect(backupStoreFile(live, target)).rejects.toThrow(/taken\.db exists already/);
      await expect(backupStoreFile(join(dir, 'missing.db'), join(dir, 'x.db'))).rejects.toThrow(
        StoreFileError,
      );
      expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
    });
  });

  describe('restoreStoreFile', () => {
    it('puts the backup in place and keeps the store it replaced', async () => {
      const backup = join(dir, 'backup.db');
      await backupStoreFile(live, backup);
      const store = new SqliteGraphStore(live);
      await store.createActor(actor('later'));
      await store.close();

      const result = await restoreStoreFile(backup, live);
      expect(result).toMatchObject({ actors: 3, revision: 3 });
      expect(inspectStoreFile(live).actors).toBe(3);
      expect(inspectStoreFile(result.previous!).actors).toBe(4);
    });

    it('refuses while the store is open, and changes nothing', async () => {
      const backup = join(dir, 'backup.db');
      await backupStoreFile(live, backup);
      const running = new SqliteGraphStore(live);
      await running.init();
      try {
        await expect(restoreStoreFile(backup, live)).rejects.toThrow(
          /is in use: stop Verkosto .* first/,
        );
        expect(readdirSync(dir).filter((name) => name.includes('before-restore'))).toEqual([]);
        expect((await running.counts()).actors).toBe(3);
      } finally {
        await running.close();
      }
    });

    it('refuses a file that is not a sound Verkosto store, before touching the live one', async () => {
      const notSqlite = join(dir, 'notes.db');
      writeFileSync(notSqlite, 'x'.repeat(4096));
      await expect(restoreStoreFile(notSqlite, live)).rejects.toThrow(
        /not a readable SQLite database/,
      );
      const otherDb = join(dir, 'other.db');
      const other = new Database(otherDb);
      other.exec('CREATE TABLE t (x)');
      other.close();
      await expect(restoreStoreFile(otherDb, live)).rejects.toThrow(/not a Verkosto store/);
      expect(existsSync(live)).toBe(true);
      expect(inspectStoreFile(live).actors).toBe(3);
    });
  });
});
