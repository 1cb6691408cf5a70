import type { InvitationStatus } from './invitation-rows';

/**
 * The REST addresses of an event's invitation list files (served by the API, see
 * api/src/invitations/invitations.controller.ts): links a user can open, save or bookmark,
 * in the UI language, optionally of some statuses only (e.g. the registered, for a list
 * to sign at the door).
 */
export type InvitationFile = 'csv' | 'xlsx';

const base = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;

function query(lang: string, statuses: readonly InvitationStatus[]): string {
  const q = new URLSearchParams({ lang });
  if (statuses.length) q.set('status', statuses.join(','));
  return q.toString().replace(/%2C/g, ',');
}

export function invitationFileUrl(
  eventId: string,
  file: InvitationFile,
  lang: string,
  statuses: readonly InvitationStatus[] = [],
): string {
  return `${base(eventId)}/invitations.${file}?${query(lang, statuses)}`;
}

/** The printable participant list (an HTML page with its own print styles). */
export function participantsUrl(
  eventId: string,
  lang: string,
  statuses: readonly InvitationStatus[] = [],
): string {
  return `${base(eventId)}/participants.html?${query(lang, statuses)}`;
}
