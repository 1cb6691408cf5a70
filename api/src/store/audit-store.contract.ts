import { describe, expect, it } from 'vitest';
import type { NewAuditEntry } from './audit-store';
import { withAudit } from './audit-context';
import type { GraphStore } from './graph-store';

const entry = (overrides: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  userId: 'u1',
  userEmail: 'aino@example.fi',
  action: 'update',
  entity: 'Actor',
  entityId: 'a1',
  before: '{"name":"Vanha"}',
  after: '{"name":"Uusi"}',
  detail: null,
  ...overrides,
});

/** The AuditStore part of the one contract (called from describeGraphStoreContract). */
export function describeAuditStoreContract(current: () => GraphStore): void {
  describe('audit log', () => {
    it('appends entries and lists them newest first, each with a growing seq and a time', async () => {
      const store = current();
      await store.appendAudit(entry({ action: 'create', before: null }));
      await store.appendAudit(entry());
      await store.appendAudit(
        entry({ entity: 'Person', entityId: 'p1', userId: null, userEmail: null }),
      );
      const log = await store.listAudit({ limit: 10 });
      expect(log.map((e) => [e.entity, e.action])).toEqual([
        ['Person', 'update'],
        ['Actor', 'update'],
        ['Actor', 'create'],
      ]);
      expect(log[0].seq).toBeGreaterThan(log[1].seq);
      expect(log[1].seq).toBeGreaterThan(log[2].seq);
      expect(log[1]).toEqual({
        ...entry(),
        seq: log[1].seq,
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      });
      expect(log[0]).toMatchObject({ userId: null, userEmail: null, detail: null });
    });

    it('pages by seq and filters by entity and id', async () => {
      const store = current();
      for (let i = 0; i < 5; i++) await store.appendAudit(entry({ entityId: `a${i % 2}` }));
      await store.appendAudit(entry({ entity: 'Event', entityId: 'e1' }));
      const first = await store.listAudit({ limit: 2 });
      const next = await store.listAudit({ limit: 10, beforeSeq: first[1].seq });
      expect(first).toHaveLength(2);
      expect(next).toHaveLength(4);
      expect(next.every((e) => e.seq < first[1].seq)).toBe(true);
      expect(await store.listAudit({ limit: 10, entity: 'Event' })).toHaveLength(1);
      const a1 = await store.listAudit({ limit: 10, entity: 'Actor', entityId: 'a1' });
      expect(a1.map((e) => e.entityId)).toEqual(['a1', 'a1']);
    });

    it("appends a write's entry inside the write's own transaction: both or neither", async () => {
      const store = current();
      const actor = {
        externalId: null,
        name: 'Auditoitava',
        category: 'ngo' as const,
        subcategory: null,
        municipalityCode: null,
        regionCode: '18',
        email: null,
        phone: null,
        website: null,
        languages: [],
        dimensions: [],
        tags: [],
        description: null,
      };
      const { result, written } = await withAudit(
        (created: { id: string }) => entry({ action: 'create', entityId: created.id }),
        () => store.createActor(actor),
      );
      expect(written).toBe(true);
      expect((await store.listAudit({ limit: 5 }))[0]).toMatchObject({ entityId: result.id });

      // An entry that cannot be made fails the write, and the change is gone with it.
      const refused = await withAudit(
        () => {
          throw new Error('no entry');
        },
        () => store.createActor({ ...actor, name: 'Ei tallennu' }),
      ).catch((e: unknown) => e);
      expect(refused).toMatchObject({ message: 'no entry' });
      expect((await store.counts()).actors).toBe(1);
      expect(await store.listAudit({ limit: 5 })).toHaveLength(1);
    });

    it('does not advance the register revision', async () => {
      const store = current();
      const revision = await store.revision();
      await store.appendAudit(entry());
      expect(await store.revision()).toBe(revision);
    });
  });
}
