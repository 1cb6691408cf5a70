import { randomUUID } from 'node:crypto';
import type { ProfileRecord, ProfileStore } from '../profile-store';
import { DuplicateError } from '../store-errors';
import { PROFILE } from './cypher/profiles';
import type { CypherTransaction, Executor, Row } from './neo4j-executor';
import {
  propertiesIn,
  toIsoTimestamp,
  toSafeNumber,
  writeIdOf,
  type Properties,
} from './record-mapping';
import { deletedOne, missedDelete, missedUpdate } from './version-outcomes';
import { utcDateTime, wholeNumber } from './write-params';

type Write = <T>(work: (tx: CypherTransaction) => Promise<T>) => Promise<T>;

/**
 * The ProfileStore part of the Neo4j adapter. `write` is Neo4jGraphStore's: one transaction
 * that first advances the revision. Ids, timestamps and writeIds are chosen before it, so a
 * retried unit of work does the same thing again.
 */
export class Neo4jProfileStore implements ProfileStore {
  constructor(
    private readonly db: Executor,
    private readonly write: Write,
  ) {}

  async listProfiles(): Promise<ProfileRecord[]> {
    return (await this.db.read((tx) => tx.run(PROFILE.list, {}))).map(profileOf);
  }

  async getProfile(id: string): Promise<ProfileRecord | null> {
    const [row] = await this.db.read((tx) => tx.run(PROFILE.byId, { id }));
    return row ? profileOf(row) : null;
  }

  async createProfile(id: string, definition: string): Promise<ProfileRecord> {
    const stamp = this.stamp();
    return this.write(async (tx) => {
      const [row] = await tx.run(PROFILE.create, { id, definition, ...stamp });
      if (writeIdOf(propertiesIn(row, 'profile')) !== stamp.writeId) {
        throw new DuplicateError('Profile', 'id', id);
      }
      return profileOf(row);
    });
  }

  async updateProfile(
    id: string,
    expectedVersion: number,
    definition: string,
  ): Promise<ProfileRecord> {
    const stamp = this.stamp();
    return this.write(async (tx) => {
      const params = { id, expectedVersion: wholeNumber(expectedVersion), definition, ...stamp };
      const [row] = await tx.run(PROFILE.update, params);
      if (row) return profileOf(row);
      const [current] = await tx.run(PROFILE.byId, { id });
      return missedUpdate(
        'Profile',
        id,
        expectedVersion,
        stamp.writeId,
        current,
        'profile',
        fromProperties,
      );
    });
  }

  async deleteProfile(id: string, expectedVersion: number): Promise<void> {
    await this.write(async (tx) => {
      const [row] = await tx.run(PROFILE.delete, {
        id,
        expectedVersion: wholeNumber(expectedVersion),
      });
      if (deletedOne(row)) return;
      const [current] = await tx.run(PROFILE.byId, { id });
      missedDelete(tx, 'Profile', id, expectedVersion, current, 'profile');
    });
  }

  private stamp() {
    return { now: utcDateTime(new Date()), writeId: randomUUID() };
  }
}

function profileOf(row: Row): ProfileRecord {
  return fromProperties(propertiesIn(row, 'profile'));
}

export function fromProperties(props: Properties): ProfileRecord {
  const text = (field: string): string => {
    const value = props[field];
    if (typeof value !== 'string') throw new TypeError(`Profile.${field} should be text`);
    return value;
  };
  return {
    id: text('id'),
    definition: text('definition'),
    createdAt: toIsoTimestamp(props.createdAt, 'createdAt'),
    updatedAt: toIsoTimestamp(props.updatedAt, 'updatedAt'),
    version: toSafeNumber(props.version, 'version'),
  };
}
