/**
 * The REST addresses of an event's invitation list files (served by the API, see
 * api/src/invitations/invitations.controller.ts): links a user can open, save or bookmark,
 * in the UI language.
 */
export type InvitationFile = 'csv' | 'xlsx';

const base = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;

export function invitationFileUrl(eventId: string, file: InvitationFile, lang: string): string {
  return `${base(eventId)}/invitations.${file}?lang=${encodeURIComponent(lang)}`;
}

/** The printable participant list (an HTML page with its own print styles). */
export function participantsUrl(eventId: string, lang: string): string {
  return `${base(eventId)}/participants.html?lang=${encodeURIComponent(lang)}`;
}
