import type { Category } from './categories';
import type { Dimension } from './dimensions';
import type { LegalBasis } from './legal-basis';
import type { RelationshipType } from './relationship-types';

/**
 * The records the store keeps and returns. Timestamps are ISO 8601 strings in UTC; every
 * record carries a version that starts at 1 and grows by one on each change, so a client
 * can say which version it edited (optimistic concurrency).
 */
export interface Versioned {
  id: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What a user sets on an actor; the store adds identity, timestamps and version. */
export interface ActorFields {
  name: string;
  category: Category;
  subcategory: string | null;
  /** Set when the actor belongs to one municipality; its region then follows from it. */
  municipalityCode: string | null;
  /** The actor's region; null for a national actor (e.g. a ministry). */
  regionCode: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** ISO 639-1 codes, e.g. ["fi", "sv", "ar"]. */
  languages: string[];
  dimensions: Dimension[];
  tags: string[];
  description: string | null;
}

export interface ActorRecord extends ActorFields, Versioned {
  /** The id the actor has in the spreadsheet it was imported from, if any. Unique. */
  externalId: string | null;
}

/** A contact person of an actor. Personal data, kept apart from the actor record. */
export interface PersonFields {
  actorId: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  legalBasis: LegalBasis;
  /** Where the data came from (e.g. "organisation's website 2026-03"). */
  source: string | null;
  /** When to check whether the data is still needed and right (GDPR); a calendar date. */
  reviewDate: string | null;
}

export interface PersonRecord extends PersonFields, Versioned {
  externalId: string | null;
}

export interface RelationshipFields {
  sourceId: string;
  targetId: string;
  type: RelationshipType;
  /** 1 (weak) .. 3 (strong). */
  strength: number;
  /** A year ("2019") or a date ("2019-05-01"). */
  since: string | null;
  note: string | null;
}

export type RelationshipRecord = RelationshipFields & Versioned;
