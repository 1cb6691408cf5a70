/**
 * The storage port for users' own gap-analysis profiles; part of GraphStore and held to its
 * rules (graph-store.ts). The store keeps a profile's definition as JSON text and does not
 * read it: the profile schema (api/src/analysis/profiles) is the one judge of its contents.
 */
export interface ProfileRecord {
  /** The profile's own id (a slug such as "school_network"); unique. */
  id: string;
  definition: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ProfileStore {
  /** Ordered by id. */
  listProfiles(): Promise<ProfileRecord[]>;
  getProfile(id: string): Promise<ProfileRecord | null>;
  /** DuplicateError (field `id`) when the id is taken. */
  createProfile(id: string, definition: string): Promise<ProfileRecord>;
  updateProfile(id: string, expectedVersion: number, definition: string): Promise<ProfileRecord>;
  deleteProfile(id: string, expectedVersion: number): Promise<void>;
}
