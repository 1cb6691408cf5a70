import type { Geography } from '@verkosto/graph-seed';
import type { Category } from '../domain/categories';
import type {
  ActorFields,
  ActorRecord,
  PersonFields,
  PersonRecord,
  RelationshipFields,
  RelationshipRecord,
} from '../domain/records';
import type { AccountStore } from './account-store';
import type { AuditStore } from './audit-store';
import type { EventStore } from './event-store';
import type { ProfileStore } from './profile-store';

/**
 * The storage port. Services depend on this interface only; the SQLite and Neo4j adapters
 * implement it and pass one shared contract suite (graph-store.contract.ts).
 *
 * Rules every adapter keeps:
 * - every method that writes runs in one transaction: it writes all or nothing;
 * - `update*` and `delete*` take the version the client read and throw
 *   VersionConflictError (writing nothing) when it is no longer current;
 * - NotFoundError for a missing id, DuplicateError for a taken unique key,
 *   MissingReferenceError for a write that points at a missing actor;
 * - input is already validated by the service; the store does not re-validate values,
 *   but its schema still enforces identity, references and uniqueness.
 */
export interface GraphStore
  extends ActorGraphStore, EventStore, ProfileStore, AccountStore, AuditStore {}

/**
 * Actors, contact persons, ties and geography; events and plans are in event-store.ts,
 * gap-analysis profiles in profile-store.ts, users and sessions in account-store.ts.
 */
export interface ActorGraphStore {
  readonly kind: 'sqlite' | 'neo4j';

  /** Creates or migrates the schema (tables, constraints, indexes). Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;

  /**
   * A number that grows with every committed write; caches key on it. A write that fails,
   * or an import that changes nothing, commits nothing and leaves it as it was.
   */
  revision(): Promise<number>;
  counts(): Promise<StoreCounts>;

  /** Replaces the geography (regions, municipalities, areas) with the given facts. */
  saveGeography(geography: Geography): Promise<void>;
  /** The stored geography; empty lists before saveGeography has run. */
  loadGeography(): Promise<Geography>;

  getActor(idOrExternalId: string): Promise<ActorRecord | null>;
  getActorsByIds(ids: readonly string[]): Promise<ActorRecord[]>;
  /** Actors matching the filter, ordered by name (search key) then id, a page at a time. */
  findActors(filter: ActorFilter, page: PageRequest): Promise<ActorPage>;
  createActor(fields: NewActor): Promise<ActorRecord>;
  updateActor(id: string, expectedVersion: number, fields: ActorFields): Promise<ActorRecord>;
  /** Deletes the actor with its contact persons and every relationship it is part of. */
  deleteActor(id: string, expectedVersion: number): Promise<void>;

  getPerson(idOrExternalId: string): Promise<PersonRecord | null>;
  listPersons(actorId: string): Promise<PersonRecord[]>;
  /**
   * Contact persons due for review: a review date before `before` (a calendar date), or
   * none at all. Undated first, then by review date, name and id.
   */
  findPersonsDueForReview(before: string): Promise<PersonRecord[]>;
  createPerson(fields: NewPerson): Promise<PersonRecord>;
  updatePerson(id: string, expectedVersion: number, fields: PersonFields): Promise<PersonRecord>;
  deletePerson(id: string, expectedVersion: number): Promise<void>;

  getRelationship(id: string): Promise<RelationshipRecord | null>;
  /** Every relationship the actor is part of, as source or as target. */
  listRelationships(actorId: string): Promise<RelationshipRecord[]>;
  /**
   * DuplicateError when the same tie exists already: same type and same ends, where a
   * symmetric type (COOPERATES_WITH, COMMUNICATES_WITH) matches in either direction.
   */
  createRelationship(fields: RelationshipFields): Promise<RelationshipRecord>;
  updateRelationship(
    id: string,
    expectedVersion: number,
    fields: Pick<RelationshipFields, 'strength' | 'since' | 'note'>,
  ): Promise<RelationshipRecord>;
  deleteRelationship(id: string, expectedVersion: number): Promise<void>;

  /** The actors in scope, every tie with at least one end among them, and the far ends outside. */
  loadNetwork(scope: NetworkScope): Promise<NetworkData>;

  /** Maps each reference (an external id, else an id) to the id of the actor it names; unknown refs are absent. */
  resolveActorRefs(refs: readonly string[]): Promise<Map<string, string>>;
  /**
   * Upserts a whole import in one transaction: actors and persons by external id,
   * relationships by their ends and type. A record whose values are all unchanged is left
   * alone (no new version, no new updatedAt), so importing the same files twice is a no-op.
   * Throws MissingReferenceError (and writes nothing) if a reference resolves to no actor.
   */
  applyImport(batch: ImportBatch): Promise<ImportSummary>;
}

export interface StoreCounts {
  actors: number;
  persons: number;
  relationships: number;
}

export type NewActor = ActorFields & { externalId: string | null };
export type NewPerson = PersonFields & { externalId: string | null };

/** Every filter given must match. A list given but empty matches no actor; leave it out not to filter. */
export interface ActorFilter {
  regionCode?: string;
  /**
   * The regions a user may see: actors in one of them, and national actors (no region).
   * Set by the region scope (auth/region-scope.ts), never from a client's input.
   */
  visibleRegionCodes?: readonly string[];
  municipalityCodes?: readonly string[];
  categories?: readonly Category[];
  /** Already normalised with searchKey(); matches anywhere in the actor's name key. */
  searchKey?: string;
}

/** Keyset cursor: the last row of the previous page. */
export interface ActorCursor {
  nameKey: string;
  id: string;
}

export interface PageRequest {
  first: number;
  after?: ActorCursor | null;
}

export interface ActorPage {
  items: ActorRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

/** An empty scope is the whole register. The fields filter as in ActorFilter. */
export interface NetworkScope {
  regionCode?: string;
  visibleRegionCodes?: readonly string[];
  municipalityCodes?: readonly string[];
  categories?: readonly Category[];
}

/** What a network view and the analysis need of a tie: a quarter of the record's bytes. */
export type NetworkTie = Pick<
  RelationshipRecord,
  'id' | 'sourceId' | 'targetId' | 'type' | 'strength' | 'since'
>;

export interface NetworkData {
  nodes: ActorRecord[];
  /** Adapters may return whole RelationshipRecords; callers rely only on these fields. */
  edges: NetworkTie[];
  /** Actors outside the scope at the other end of a tie that crosses its border. */
  outsideNodes: ActorRecord[];
}

/** An actor reference in an import: an external id (first) or an id. */
export type ActorRef = string;

export type ImportActor = ActorFields & { externalId: string };
/** `reviewDate` left out (a file without that column) keeps the stored date; null clears it. */
export type ImportPerson = Omit<PersonFields, 'actorId' | 'reviewDate'> & {
  reviewDate?: string | null;
  externalId: string;
  actorRef: ActorRef;
};
export type ImportRelationship = Omit<RelationshipFields, 'sourceId' | 'targetId'> & {
  sourceRef: ActorRef;
  targetRef: ActorRef;
};

export interface ImportBatch {
  actors: ImportActor[];
  persons: ImportPerson[];
  relationships: ImportRelationship[];
}

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  actors: UpsertCounts;
  persons: UpsertCounts;
  relationships: UpsertCounts;
}

/** Nest injection token for the active store. */
export const GRAPH_STORE = Symbol('GRAPH_STORE');
