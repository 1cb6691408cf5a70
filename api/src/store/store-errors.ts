/** Errors a store raises; the API maps each to a GraphQL error code. */

export type EntityKind =
  'Actor' | 'Person' | 'Relationship' | 'Event' | 'Invitation' | 'Plan' | 'Profile' | 'User';

export class NotFoundError extends Error {
  constructor(
    readonly entity: EntityKind,
    readonly id: string,
  ) {
    super(`${entity} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
}

/** The client edited a version that is no longer the current one; nothing was written. */
export class VersionConflictError extends Error {
  constructor(
    readonly entity: EntityKind,
    readonly id: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `${entity} ${id} has changed: you edited version ${expectedVersion}, ` +
        `the current version is ${currentVersion}. Reload it and apply your change again.`,
    );
    this.name = 'VersionConflictError';
  }
}

/** A unique key (an external id, or the same relationship twice) is already taken. */
export class DuplicateError extends Error {
  constructor(
    readonly entity: EntityKind,
    readonly field: string,
    readonly value: string,
  ) {
    super(`${entity} with ${field} "${value}" already exists`);
    this.name = 'DuplicateError';
  }
}

/** A write referred to a record that does not exist (e.g. a relationship to a missing actor). */
export class MissingReferenceError extends Error {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`${field} refers to "${value}", which does not exist`);
    this.name = 'MissingReferenceError';
  }
}
