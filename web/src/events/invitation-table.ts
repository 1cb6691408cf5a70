import type { InvitationRow, InvitationStatus } from './invitation-rows';

/**
 * One invitation as the status table needs it, from the API's answer: who, where, which
 * address it goes to, and the status. The contact person is chosen per row; '' stands for
 * the actor's own address (setInvitationContact with personId null).
 */
export interface ApiInvitation {
  id: string;
  actorId: string;
  personId: string | null;
  status: InvitationStatus;
  statusChangedAt: string | null;
  version: number;
  actor: {
    name: string;
    category: string;
    email: string | null;
    municipality: { nameFi: string; nameSv: string | null } | null;
    persons: readonly { id: string; name: string; email: string | null }[];
  } | null;
  person: { name: string; email: string | null } | null;
}

export interface TableRow extends InvitationRow {
  name: string;
  municipality: string;
  contactId: string;
  email: string;
  statusChangedAt: string | null;
  contacts: { id: string; name: string }[];
}

export function toTableRow(inv: ApiInvitation, language: string): TableRow {
  const m = inv.actor?.municipality;
  return {
    id: inv.id,
    actorId: inv.actorId,
    personId: inv.personId,
    category: inv.actor?.category ?? '',
    status: inv.status,
    version: inv.version,
    // An actor deleted after it was invited leaves its row; the id still says who it was.
    name: inv.actor?.name ?? inv.actorId,
    municipality: m ? (language === 'sv' ? (m.nameSv ?? m.nameFi) : m.nameFi) : '',
    contactId: inv.personId ?? '',
    email: (inv.personId ? inv.person?.email : inv.actor?.email) ?? '',
    statusChangedAt: inv.statusChangedAt,
    contacts: (inv.actor?.persons ?? []).map((p) => ({ id: p.id, name: p.name })),
  };
}

/** The rows of one status, or all of them (null); the counts line stays for the whole list. */
export function filterByStatus(
  rows: readonly TableRow[],
  status: InvitationStatus | null,
): TableRow[] {
  return status === null ? [...rows] : rows.filter((r) => r.status === status);
}

/** The header checkbox: all rows selected, or none when all were. */
export function toggleAll(selected: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const all = ids.length > 0 && ids.every((id) => selected.has(id));
  return all ? new Set() : new Set(ids);
}

/** Selected ids that are still rows (a row deleted or reloaded away drops out). */
export function keepExisting(selected: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const present = new Set(ids);
  return new Set([...selected].filter((id) => present.has(id)));
}
