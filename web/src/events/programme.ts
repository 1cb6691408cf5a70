import type { ProgrammeItemInput, ProgrammeItemKind } from '../api/generated/graphql';
import { speakerLabel, type SpeakerSource } from './speakers';

/**
 * The programme as the event form edits it: items in order, each with its kind, start time,
 * title and speakers. A speaker is someone in the register (an actor, or one of its contact
 * persons, kept as it was) or a name typed in for someone outside it.
 */
export const PROGRAMME_ITEM_KINDS: readonly ProgrammeItemKind[] = [
  'expert_talk',
  'population_talk',
  'comment',
  'panel',
  'good_practice',
  'other',
];

export interface SpeakerDraft {
  actorId: string | null;
  personId: string | null;
  name: string | null;
  /** How the form shows the speaker. */
  label: string;
}

export interface ProgrammeItemDraft {
  /** Stable key for React while items move; not sent. */
  key: string;
  kind: ProgrammeItemKind;
  startTime: string;
  title: string;
  speakers: SpeakerDraft[];
}

export interface ProgrammeItemSource {
  kind: ProgrammeItemKind;
  startTime: string | null;
  title: string;
  speakers: readonly (SpeakerSource & { actorId: string | null })[];
}

let next = 0;
const newKey = () => `item-${(next += 1)}`;

export function toProgrammeDrafts(items: readonly ProgrammeItemSource[]): ProgrammeItemDraft[] {
  return items.map((item) => ({
    key: newKey(),
    kind: item.kind,
    startTime: item.startTime ?? '',
    title: item.title,
    speakers: item.speakers.map((s) => ({
      actorId: s.actorId,
      personId: s.personId,
      name: s.name,
      label: speakerLabel(s),
    })),
  }));
}

/** A new item at the end: the kind the guide's programme has most, a panel. */
export function addItem(items: readonly ProgrammeItemDraft[]): ProgrammeItemDraft[] {
  return [...items, { key: newKey(), kind: 'panel', startTime: '', title: '', speakers: [] }];
}

/** Moves item i one step up (-1) or down (+1); at either end nothing moves. */
export function moveItem(
  items: readonly ProgrammeItemDraft[],
  i: number,
  step: -1 | 1,
): ProgrammeItemDraft[] {
  const j = i + step;
  if (j < 0 || j >= items.length) return [...items];
  const out = [...items];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

export function actorSpeaker(actor: { id: string; name: string }): SpeakerDraft {
  return { actorId: actor.id, personId: null, name: null, label: actor.name };
}

/** Someone outside the register, by name; blank adds nobody. */
export function namedSpeaker(name: string): SpeakerDraft | null {
  const trimmed = name.trim();
  return trimmed ? { actorId: null, personId: null, name: trimmed, label: trimmed } : null;
}

export function toProgrammeInputs(items: readonly ProgrammeItemDraft[]): ProgrammeItemInput[] {
  return items.map((item) => ({
    kind: item.kind,
    title: item.title.trim(),
    startTime: item.startTime.trim() === '' ? null : item.startTime.trim(),
    speakers: item.speakers.map(({ actorId, personId, name }) => ({ actorId, personId, name })),
  }));
}
