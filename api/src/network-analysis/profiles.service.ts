import { Inject, Injectable, Logger } from '@nestjs/common';
import { BUILT_IN_PROFILES, builtInProfile, parseProfile, type Profile } from '../analysis';
import { InputError } from '../domain/input-error';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import type { ProfileRecord } from '../store/profile-store';
import { NotFoundError } from '../store/store-errors';
import type { ProfileInput } from './models/profile.model';

export interface ProfileView extends Profile {
  builtIn: boolean;
  /** The stored record's version; built-in profiles are always 1. */
  recordVersion: number;
}

/**
 * The profiles gaps are measured against: the training guide's two (read-only data) and
 * users' own, stored as JSON and checked by the analysis's profile schema on every write.
 */
@Injectable()
export class ProfilesService {
  private readonly logger = new Logger('Profiles');

  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async list(): Promise<ProfileView[]> {
    const stored = (await this.store.listProfiles()).flatMap((record) => this.viewOf(record));
    return [...BUILT_IN_PROFILES.map(builtIn), ...stored];
  }

  async get(id: string): Promise<ProfileView | null> {
    const profile = builtInProfile(id);
    if (profile) return builtIn(profile);
    const record = await this.store.getProfile(id);
    return record ? (this.viewOf(record)[0] ?? null) : null;
  }

  async require(id: string): Promise<ProfileView> {
    const profile = await this.get(id);
    if (!profile) throw new NotFoundError('Profile', id);
    return profile;
  }

  async create(input: ProfileInput): Promise<ProfileView> {
    const profile = this.parse(input);
    refuseBuiltIn(profile.id);
    return this.viewOf(await this.store.createProfile(profile.id, JSON.stringify(profile)))[0];
  }

  async update(id: string, version: number, input: ProfileInput): Promise<ProfileView> {
    refuseBuiltIn(id);
    if (input.id !== id) {
      throw InputError.single(
        'input.id',
        'unchanged',
        `must stay "${id}"; create a new profile to rename it`,
      );
    }
    const profile = this.parse(input);
    return this.viewOf(await this.store.updateProfile(id, version, JSON.stringify(profile)))[0];
  }

  async delete(id: string, version: number): Promise<string> {
    refuseBuiltIn(id);
    await this.store.deleteProfile(id, version);
    return id;
  }

  /** GraphQL hands over nulls for absent optional fields; the schema wants them absent. */
  private parse(input: ProfileInput): Profile {
    return parseProfile(withoutNulls({ ...input, version: 1 }));
  }

  /** A stored profile the current schema no longer accepts is left out (and logged), not fatal. */
  private viewOf(record: ProfileRecord): ProfileView[] {
    try {
      return [
        {
          ...parseProfile(JSON.parse(record.definition)),
          builtIn: false,
          recordVersion: record.version,
        },
      ];
    } catch (error) {
      this.logger.warn(
        `Stored profile ${record.id} no longer fits the profile schema: ${String(error)}`,
      );
      return [];
    }
  }
}

function builtIn(profile: Profile): ProfileView {
  return { ...profile, builtIn: true, recordVersion: 1 };
}

function refuseBuiltIn(id: string): void {
  if (builtInProfile(id)) {
    throw InputError.single(
      'id',
      'built_in',
      `"${id}" is a built-in profile and cannot be changed`,
    );
  }
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}
