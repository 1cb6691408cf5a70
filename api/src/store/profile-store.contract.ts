import { describe, expect, it } from 'vitest';
import type { GraphStore } from './graph-store';
import { DuplicateError, NotFoundError, VersionConflictError } from './store-errors';

const DEFINITION = JSON.stringify({ id: 'koulut', label: { fi: 'Koulut' }, groups: [] });
const CHANGED = JSON.stringify({
  id: 'koulut',
  label: { fi: 'Koulut ja oppilaitokset' },
  groups: [],
});

/**
 * The ProfileStore part of the one contract (called from describeGraphStoreContract, which
 * gives every test an empty, initialised store). Written against the port only.
 */
export function describeProfileStoreContract(current: () => GraphStore): void {
  describe('profiles', () => {
    it('creates a profile at version 1 and keeps its definition text exactly', async () => {
      const store = current();
      const created = await store.createProfile('koulut', DEFINITION);
      expect(created).toEqual({
        id: 'koulut',
        definition: DEFINITION,
        version: 1,
        createdAt: created.updatedAt,
        updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      });
      expect(await store.getProfile('koulut')).toEqual(created);
      expect(await store.getProfile('nothing')).toBeNull();
    });

    it('lists profiles by id', async () => {
      const store = current();
      await store.createProfile('b_profile', DEFINITION);
      await store.createProfile('a_profile', DEFINITION);
      expect((await store.listProfiles()).map((p) => p.id)).toEqual(['a_profile', 'b_profile']);
    });

    it('refuses a taken id with DuplicateError and writes nothing', async () => {
      const store = current();
      await store.createProfile('koulut', DEFINITION);
      const revision = await store.revision();
      await expect(store.createProfile('koulut', CHANGED)).rejects.toBeInstanceOf(DuplicateError);
      expect((await store.getProfile('koulut'))?.definition).toBe(DEFINITION);
      expect(await store.revision()).toBe(revision);
    });

    it('updates with the current version, and refuses a stale one writing nothing', async () => {
      const store = current();
      const created = await store.createProfile('koulut', DEFINITION);
      const updated = await store.updateProfile('koulut', 1, CHANGED);
      expect(updated).toMatchObject({
        definition: CHANGED,
        version: 2,
        createdAt: created.createdAt,
      });
      const error = await store.updateProfile('koulut', 1, DEFINITION).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VersionConflictError);
      expect(error).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
      expect(await store.getProfile('koulut')).toEqual(updated);
      await expect(store.updateProfile('nothing', 1, DEFINITION)).rejects.toBeInstanceOf(
        NotFoundError,
      );
    });

    it('deletes with the current version only', async () => {
      const store = current();
      await store.createProfile('koulut', DEFINITION);
      await expect(store.deleteProfile('koulut', 2)).rejects.toBeInstanceOf(VersionConflictError);
      await store.deleteProfile('koulut', 1);
      expect(await store.getProfile('koulut')).toBeNull();
      await expect(store.deleteProfile('koulut', 1)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
