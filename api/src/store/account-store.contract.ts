import { describe, expect, it } from 'vitest';
import type { UserFields } from './account-store';
import type { GraphStore } from './graph-store';
import {
  DuplicateError,
  MissingReferenceError,
  NotFoundError,
  VersionConflictError,
} from './store-errors';

const EDITOR: UserFields = {
  email: 'aino.editori@example.fi',
  name: 'Aino Editori',
  role: 'editor',
  regions: ['18', '19'],
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
  disabled: false,
};
const ADMIN: UserFields = {
  email: 'admin@example.fi',
  name: 'Pääkäyttäjä',
  role: 'admin',
  regions: 'all',
  passwordHash: null,
  disabled: false,
};

const T0 = '2026-12-01T08:00:00.000Z';
const T1 = '2026-12-01T09:00:00.000Z';
const T2 = '2026-12-01T10:00:00.000Z';

/**
 * The AccountStore part of the one contract (called from describeGraphStoreContract, which
 * gives every test an empty, initialised store). Written against the port only.
 */
export function describeAccountStoreContract(current: () => GraphStore): void {
  describe('accounts', () => {
    it('creates a user at version 1 and finds it by id and by email', async () => {
      const store = current();
      const user = await store.createUser(EDITOR);
      expect(user).toEqual({
        ...EDITOR,
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        version: 1,
        createdAt: user.updatedAt,
        updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      });
      expect(await store.getUser(user.id)).toEqual(user);
      expect(await store.getUserByEmail(EDITOR.email)).toEqual(user);
      expect(await store.getUserByEmail('nobody@example.fi')).toBeNull();
      expect(await store.countUsers()).toBe(1);
    });

    it("keeps 'all' regions, a missing password hash and the disabled flag", async () => {
      const store = current();
      const admin = await store.createUser(ADMIN);
      expect(await store.getUser(admin.id)).toMatchObject({ regions: 'all', passwordHash: null });
      const disabled = await store.updateUser(admin.id, 1, { ...ADMIN, disabled: true });
      expect(disabled).toMatchObject({ disabled: true, version: 2, regions: 'all' });
      const none = await store.updateUser(admin.id, 2, { ...ADMIN, regions: [] });
      expect(none.regions).toEqual([]);
    });

    it('lists users by email', async () => {
      const store = current();
      await store.createUser(EDITOR);
      await store.createUser(ADMIN);
      expect((await store.listUsers()).map((u) => u.email)).toEqual([ADMIN.email, EDITOR.email]);
    });

    it('refuses a taken email on create and on update, writing nothing', async () => {
      const store = current();
      await store.createUser(EDITOR);
      const admin = await store.createUser(ADMIN);
      await expect(store.createUser({ ...ADMIN, name: 'Toinen' })).rejects.toBeInstanceOf(
        DuplicateError,
      );
      const error = await store
        .updateUser(admin.id, 1, { ...ADMIN, email: EDITOR.email })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DuplicateError);
      expect(error).toMatchObject({ field: 'email' });
      expect(await store.getUser(admin.id)).toMatchObject({ email: ADMIN.email, version: 1 });
      expect(await store.countUsers()).toBe(2);
    });

    it('updates with the current version and refuses a stale or missing one', async () => {
      const store = current();
      const user = await store.createUser(EDITOR);
      const updated = await store.updateUser(user.id, 1, { ...EDITOR, role: 'viewer' });
      expect(updated).toMatchObject({ role: 'viewer', version: 2, createdAt: user.createdAt });
      const stale = await store.updateUser(user.id, 1, EDITOR).catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(VersionConflictError);
      expect(stale).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
      const missing = store.updateUser('missing', 1, { ...EDITOR, email: 'uusi@example.fi' });
      await expect(missing).rejects.toBeInstanceOf(NotFoundError);
      expect(await store.getUser(user.id)).toEqual(updated);
    });

    it('does not advance the register revision', async () => {
      const store = current();
      const revision = await store.revision();
      const user = await store.createUser(EDITOR);
      await store.createSession({ id: 's1', userId: user.id, createdAt: T0, lastSeenAt: T0 });
      await store.touchSession('s1', T1);
      await store.updateUser(user.id, 1, { ...EDITOR, name: 'Aino E.' });
      expect(await store.revision()).toBe(revision);
    });

    it('keeps sessions, records activity and ends them one by one or per user', async () => {
      const store = current();
      const user = await store.createUser(EDITOR);
      const other = await store.createUser(ADMIN);
      await store.createSession({ id: 's1', userId: user.id, createdAt: T0, lastSeenAt: T0 });
      await store.createSession({ id: 's2', userId: user.id, createdAt: T0, lastSeenAt: T0 });
      await store.createSession({ id: 's3', userId: other.id, createdAt: T0, lastSeenAt: T0 });
      expect(await store.getSession('s1')).toEqual({
        id: 's1',
        userId: user.id,
        createdAt: T0,
        lastSeenAt: T0,
      });
      await store.touchSession('s1', T1);
      expect(await store.getSession('s1')).toMatchObject({ createdAt: T0, lastSeenAt: T1 });
      await store.touchSession('missing', T1);
      expect(await store.getSession('missing')).toBeNull();

      await store.deleteSession('s2');
      expect(await store.getSession('s2')).toBeNull();
      expect(await store.deleteSessionsOfUser(user.id)).toBe(1);
      expect(await store.getSession('s1')).toBeNull();
      expect(await store.getSession('s3')).not.toBeNull();
    });

    it('refuses a session for a missing user', async () => {
      const store = current();
      const error = await store
        .createSession({ id: 's1', userId: 'missing', createdAt: T0, lastSeenAt: T0 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MissingReferenceError);
      expect(error).toMatchObject({ field: 'userId' });
      expect(await store.getSession('s1')).toBeNull();
    });

    it('removes idle and too old sessions, and only those', async () => {
      const store = current();
      const user = await store.createUser(EDITOR);
      await store.createSession({ id: 'idle', userId: user.id, createdAt: T1, lastSeenAt: T1 });
      await store.createSession({ id: 'old', userId: user.id, createdAt: T0, lastSeenAt: T2 });
      await store.createSession({ id: 'fresh', userId: user.id, createdAt: T1, lastSeenAt: T2 });
      expect(await store.deleteExpiredSessions(T2, T1)).toBe(2);
      expect(await store.getSession('fresh')).not.toBeNull();
      expect(await store.getSession('idle')).toBeNull();
      expect(await store.getSession('old')).toBeNull();
    });

    it('deletes a user with the current version, with their sessions', async () => {
      const store = current();
      const user = await store.createUser(EDITOR);
      await store.createSession({ id: 's1', userId: user.id, createdAt: T0, lastSeenAt: T0 });
      await expect(store.deleteUser(user.id, 2)).rejects.toBeInstanceOf(VersionConflictError);
      await store.deleteUser(user.id, 1);
      expect(await store.getUser(user.id)).toBeNull();
      expect(await store.getSession('s1')).toBeNull();
      await expect(store.deleteUser(user.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
