import type { EntityKind } from '../store/store-errors';
import { VersionConflictError } from '../store/store-errors';

/** GraphQL leaves out what the client did not send; those fields keep their current value. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/**
 * Refuses an edit of a version that is no longer current before any work is done; the store
 * checks again inside its write transaction, which is what makes it safe under races.
 */
export function assertCurrentVersion(
  entity: EntityKind,
  record: { id: string; version: number },
  version: number,
): void {
  if (record.version !== version) {
    throw new VersionConflictError(entity, record.id, version, record.version);
  }
}
