import { auditEntry } from '../audit/audit-entry';
import { withAudit } from './audit-context';
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
 * record before and after. The adapter appends the entry inside the change's own
 * transaction (audit-context.ts), so a change and its entry commit together or not at all.
 */
export function auditedStore(inner: GraphStore): GraphStore {
  const logged: Logged = async (change, entry) => {
    const { result, written } = await withAudit((r) => auditEntry(...entry(r)), change);
    // A write path without the adapter's hook: the entry follows right after.
    if (!written) await inner.appendAudit(auditEntry(...entry(result)));
    return result;
  };
  const wrapped: Partial<GraphStore> = {
    applyImport: (batch) =>
      logged(
        () => inner.applyImport(batch),
        (summary) => ['import', 'Register', null, { detail: summary }],
      ),
    addInvitations: (eventId, invitations) =>
      logged(
        () => inner.addInvitations(eventId, invitations),
        (added) => ['create', 'Invitation', eventId, { after: invitationTrace(added) }],
      ),
    updateInvitation: async (id, version, fields) => {
      const before = invitationTrace(await inner.getInvitation(id));
      return logged(
        () => inner.updateInvitation(id, version, fields),
        (after) => ['update', 'Invitation', id, { before, after: invitationTrace(after) }],
      );
    },
    setInvitationStatus: (changes, status, at) =>
      logged(
        () => inner.setInvitationStatus(changes, status, at),
        (after) => [
          'update',
          'Invitation',
          null,
          { after: invitationTrace(after), detail: { status } },
        ],
      ),
    deleteInvitation: async (id, version) => {
      const before = invitationTrace(await inner.getInvitation(id));
      await logged(
        () => inner.deleteInvitation(id, version),
        () => ['delete', 'Invitation', id, { before }],
      );
    },
  };
  for (const entity of ENTITIES) Object.assign(wrapped, crud(inner, entity, logged));
  return new Proxy(inner, {
    get(target, property, receiver) {
      const own = wrapped[property as keyof GraphStore];
      if (own) return own;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

type Entry = Parameters<typeof auditEntry>;
type Logged = <T>(change: () => Promise<T>, entry: (result: T) => Entry) => Promise<T>;

/** createX, updateX, deleteX of one entity, each with its entry. */
function crud(inner: GraphStore, entity: Entity, logged: Logged): Partial<GraphStore> {
  const store = inner as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const trace = TRACE[entity] ?? ((record: unknown) => record);
  const read = async (id: string) => trace(await READERS[entity](inner, id));
  return {
    [`create${entity}`]: (...args: unknown[]) =>
      logged(
        () => store[`create${entity}`](...args) as Promise<{ id: string }>,
        (after) => ['create', entity, after.id, { after: trace(after) }],
      ),
    [`update${entity}`]: async (id: string, ...rest: unknown[]) => {
      const before = await read(id);
      return logged(
        () => store[`update${entity}`](id, ...rest),
        (after) => ['update', entity, id, { before, after: trace(after) }],
      );
    },
    [`delete${entity}`]: async (id: string, ...rest: unknown[]) => {
      const before = await read(id);
      await logged(
        () => store[`delete${entity}`](id, ...rest),
        () => ['delete', entity, id, { before }],
      );
    },
  };
}
