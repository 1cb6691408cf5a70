import { auditEntry } from '../audit/audit-entry';
import { invitationTrace, personTrace } from '../audit/pseudonymise';
import type { GraphStore } from './graph-store';

type Entity = 'Actor' | 'Person' | 'Relationship' | 'Event' | 'Plan' | 'Profile' | 'User';

/** How to read the record a method changes, to keep its state before the change. */
const READERS: Record<Entity, (store: GraphStore, id: string) => Promise<unknown>> = {
  Actor: (store, id) => store.getActor(id),
  Person: (store, id) => store.getPerson(id),
  Relationship: (store, id) => store.getRelationship(id),
  Event: (store, id) => store.getEvent(id),
  Plan: (store, id) => store.getPlan(id),
  Profile: (store, id) => store.getProfile(id),
  User: (store, id) => store.getUser(id),
};

const ENTITIES = Object.keys(READERS) as Entity[];

/** What the log keeps of a record: all of it, but a contact person only as a trace. */
const TRACE: Partial<Record<Entity, (record: unknown) => unknown>> = { Person: personTrace };

/**
 * The store with every change written to the audit log: who, when, which record, and the
 * record before and after. The entry is appended after the change has committed: a process
 * killed between the two leaves a change without its entry, never an entry without its
 * change (the entry is not part of the change's transaction; see api/CONTEXT.md).
 */
export function auditedStore(inner: GraphStore): GraphStore {
  const log = (entry: Parameters<typeof auditEntry>) => inner.appendAudit(auditEntry(...entry));
  const wrapped: Partial<GraphStore> = {
    applyImport: async (batch) => {
      const summary = await inner.applyImport(batch);
      await log(['import', 'Register', null, { detail: summary }]);
      return summary;
    },
    addInvitations: async (eventId, invitations) => {
      const added = await inner.addInvitations(eventId, invitations);
      await log(['create', 'Invitation', eventId, { after: invitationTrace(added) }]);
      return added;
    },
    updateInvitation: async (id, version, fields) => {
      const before = invitationTrace(await inner.getInvitation(id));
      const after = await inner.updateInvitation(id, version, fields);
      await log(['update', 'Invitation', id, { before, after: invitationTrace(after) }]);
      return after;
    },
    setInvitationStatus: async (changes, status, at) => {
      const after = await inner.setInvitationStatus(changes, status, at);
      await log([
        'update',
        'Invitation',
        null,
        { after: invitationTrace(after), detail: { status } },
      ]);
      return after;
    },
    deleteInvitation: async (id, version) => {
      const before = invitationTrace(await inner.getInvitation(id));
      await inner.deleteInvitation(id, version);
      await log(['delete', 'Invitation', id, { before }]);
    },
  };
  for (const entity of ENTITIES) Object.assign(wrapped, crud(inner, entity, log));
  return new Proxy(inner, {
    get(target, property, receiver) {
      const own = wrapped[property as keyof GraphStore];
      if (own) return own;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** createX, updateX, deleteX of one entity, each followed by its entry. */
function crud(
  inner: GraphStore,
  entity: Entity,
  log: (entry: Parameters<typeof auditEntry>) => Promise<void>,
): Partial<GraphStore> {
  const store = inner as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const trace = TRACE[entity] ?? ((record: unknown) => record);
  const read = async (id: string) => trace(await READERS[entity](inner, id));
  return {
    [`create${entity}`]: async (...args: unknown[]) => {
      const after = (await store[`create${entity}`](...args)) as { id: string };
      await log(['create', entity, after.id, { after: trace(after) }]);
      return after;
    },
    [`update${entity}`]: async (id: string, ...rest: unknown[]) => {
      const before = await read(id);
      const after = await store[`update${entity}`](id, ...rest);
      await log(['update', entity, id, { before, after: trace(after) }]);
      return after;
    },
    [`delete${entity}`]: async (id: string, ...rest: unknown[]) => {
      const before = await read(id);
      await store[`delete${entity}`](id, ...rest);
      await log(['delete', entity, id, { before }]);
    },
  };
}
