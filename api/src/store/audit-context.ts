import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NewAuditEntry } from './audit-store';

interface PendingAudit {
  make: (result: unknown) => NewAuditEntry;
  /** Stable across a driver's retries, so a retried append is recognised (Neo4j). */
  writeId: string;
  written: boolean;
}

const pending = new AsyncLocalStorage<PendingAudit>();

/**
 * Runs one store write so that the adapter appends its audit entry inside the write's own
 * transaction: the change and its entry commit together or not at all. `written` is false
 * when the write took a path that appends nothing (the caller then appends it after).
 */
export async function withAudit<T>(
  make: (result: T) => NewAuditEntry,
  write: () => Promise<T>,
): Promise<{ result: T; written: boolean }> {
  const audit: PendingAudit = {
    make: make as (result: unknown) => NewAuditEntry,
    writeId: randomUUID(),
    written: false,
  };
  const result = await pending.run(audit, write);
  return { result, written: audit.written };
}

/**
 * For an adapter, inside its write transaction, once the work is done: the entry to append
 * with it, or null outside withAudit. `appended()` marks it written once it is.
 */
export function pendingAudit(
  result: unknown,
): { entry: NewAuditEntry; writeId: string; appended(): void } | null {
  const audit = pending.getStore();
  if (!audit) return null;
  return {
    entry: audit.make(result),
    writeId: audit.writeId,
    appended: () => {
      audit.written = true;
    },
  };
}
