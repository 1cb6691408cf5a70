import type { ActorRecord, PersonRecord } from '../domain/records';

/** Where a proposed invitee came from, as the list builder shows it. */
export const INVITEE_SOURCES = [
  'filter',
  'key_actor',
  'gap_suggestion',
  'actor',
  'person',
] as const;
export type InviteeSource = (typeof INVITEE_SOURCES)[number];

export const SKIP_REASONS = ['same_person', 'same_email', 'same_actor'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** One proposed invitation: an actor and the contact person it goes to (or none). */
export interface Invitee {
  actor: ActorRecord;
  person: PersonRecord | null;
  source: InviteeSource;
}

/**
 * The contact person an invitation to an actor goes to when the user has not chosen one:
 * the first (by name) who has an e-mail address, else the first; none when it has no
 * contacts, and then the invitation goes to the actor's own address.
 */
export function defaultContact(persons: readonly PersonRecord[]): PersonRecord | null {
  const sorted = [...persons].sort((a, b) => a.name.localeCompare(b.name, 'fi') || cmp(a.id, b.id));
  return sorted.find((p) => p.email) ?? sorted[0] ?? null;
}

/** The address an invitation goes to: the person's, else the actor's own. */
export function addressOf(invitee: {
  actor: ActorRecord;
  person: PersonRecord | null;
}): string | null {
  return invitee.person ? invitee.person.email : invitee.actor.email;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
