import type { EntityKind } from '../store-errors';
import { NotFoundError, VersionConflictError } from '../store-errors';
import { Rollback } from './neo4j-errors';
import type { CypherTransaction, Row } from './neo4j-executor';
import { propertiesIn, toSafeNumber, writeIdOf, type Properties } from './record-mapping';

/**
 * What a version-checked write that matched nothing means, shared by the adapter's parts.
 * A record written by this very call (its writeId shows) was committed by an attempt whose
 * answer was lost and the driver is running the work again: it is returned, nothing more
 * is written.
 */

export function storedVersion(row: Row, column: string): number {
  return toSafeNumber(propertiesIn(row, column).version, 'version');
}

export function deletedOne(row: Row | undefined): boolean {
  return row !== undefined && toSafeNumber(row.deleted, 'deleted') > 0;
}

/** The update wrote nothing: the record is missing, or another version, or already ours. */
export function missedUpdate<R>(
  entity: EntityKind,
  id: string,
  expectedVersion: number,
  writeId: string,
  current: Row | undefined,
  column: string,
  map: (props: Properties) => R,
): never {
  if (!current) throw new NotFoundError(entity, id);
  const props = propertiesIn(current, column);
  if (writeIdOf(props) === writeId) throw new Rollback(map(props));
  throw new VersionConflictError(entity, id, expectedVersion, storedVersion(current, column));
}

/**
 * The delete removed nothing. A record still there has another version. A record gone on a
 * retry was deleted by the attempt whose commit answer was lost (or by someone else in
 * between): either way it is gone, as asked, so the retry succeeds.
 */
export function missedDelete(
  tx: CypherTransaction,
  entity: EntityKind,
  id: string,
  expectedVersion: number,
  current: Row | undefined,
  column: string,
): never {
  if (current) {
    throw new VersionConflictError(entity, id, expectedVersion, storedVersion(current, column));
  }
  if (tx.attempt > 1) throw new Rollback(undefined);
  throw new NotFoundError(entity, id);
}
