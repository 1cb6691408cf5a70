import type { CoOrganiserInput, OrganiserTask } from '../api/generated/graphql';

/**
 * The co-organisers as the event form edits them: who, what they take on, their share of
 * the costs and a note. The guide asks for at least one partner; the API saves an event
 * without one and warns, so the form does not refuse it either.
 */
export const ORGANISER_TASKS: readonly OrganiserTask[] = [
  'venue',
  'catering',
  'invitations',
  'registrations',
  'speaker_fees',
  'travel',
];

export interface CoOrganiserDraft {
  actorId: string;
  /** Shown only; the API takes the id. */
  name: string;
  tasks: OrganiserTask[];
  /** As typed: '' is "not agreed", else per cent. */
  costShare: string;
  note: string;
}

export interface CoOrganiserSource {
  actorId: string;
  tasks: readonly OrganiserTask[];
  costSharePercent: number | null;
  note: string | null;
  actor: { name: string } | null;
}

export function toDrafts(coOrganisers: readonly CoOrganiserSource[]): CoOrganiserDraft[] {
  return coOrganisers.map((o) => ({
    actorId: o.actorId,
    name: o.actor?.name ?? o.actorId,
    tasks: [...o.tasks],
    costShare: o.costSharePercent === null ? '' : String(o.costSharePercent),
    note: o.note ?? '',
  }));
}

/** Adds an actor once; picking one already listed changes nothing. */
export function addCoOrganiser(
  drafts: readonly CoOrganiserDraft[],
  actor: { id: string; name: string },
): CoOrganiserDraft[] {
  if (drafts.some((d) => d.actorId === actor.id)) return [...drafts];
  return [...drafts, { actorId: actor.id, name: actor.name, tasks: [], costShare: '', note: '' }];
}

/** Tasks stay in the vocabulary's order whatever order they were ticked in. */
export function toggleTask(tasks: readonly OrganiserTask[], task: OrganiserTask): OrganiserTask[] {
  const next = new Set(tasks);
  if (next.has(task)) next.delete(task);
  else next.add(task);
  return ORGANISER_TASKS.filter((t) => next.has(t));
}

/** Per cent from what was typed; '' (not agreed) and anything not a number are null. */
export function parseShare(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  const n = Number(trimmed);
  return trimmed === '' || !Number.isFinite(n) ? null : n;
}

/**
 * The input of createEvent/updateEvent. The share field is a number input, so text that is
 * not a number does not reach here; a range the API refuses (over 100) comes back as a
 * field error on that row.
 */
export function toCoOrganiserInputs(drafts: readonly CoOrganiserDraft[]): CoOrganiserInput[] {
  return drafts.map((d) => ({
    actorId: d.actorId,
    tasks: d.tasks,
    costSharePercent: parseShare(d.costShare),
    note: d.note.trim() === '' ? null : d.note.trim(),
  }));
}

/** The shares agreed so far, for the "adds up to" hint; shares not agreed count as 0. */
export function shareTotal(drafts: readonly CoOrganiserDraft[]): number {
  return drafts.reduce((sum, d) => sum + (parseShare(d.costShare) ?? 0), 0);
}
