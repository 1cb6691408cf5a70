import type { Dimension, MeasureInput, MeasureStatus } from '../api/generated/graphql';
import { orNull } from '../forms/form-text';

/**
 * The measures as the plan form edits them: in order (the order is the plan's), each with
 * its dimensions, the actors responsible and the partners (picked by name, sent by id),
 * a schedule and a status.
 */
export const MEASURE_STATUSES: readonly MeasureStatus[] = ['planned', 'ongoing', 'done', 'dropped'];

export interface PickedActor {
  id: string;
  /** Shown only; the API takes the id. */
  name: string;
}

export interface MeasureDraft {
  /** A key for React that survives reordering; never sent. */
  key: string;
  title: string;
  description: string;
  /** Index of the goal, '' for none. */
  goal: string;
  dimensions: Dimension[];
  responsible: PickedActor[];
  partners: PickedActor[];
  startDate: string;
  endDate: string;
  status: MeasureStatus;
}

export interface MeasureSource {
  title: string;
  description: string | null;
  goal: number | null;
  dimensions: readonly Dimension[];
  responsibleActorIds: readonly string[];
  partnerActorIds: readonly string[];
  responsibleActors: readonly { id: string; name: string }[];
  partners: readonly { id: string; name: string }[];
  startDate: string | null;
  endDate: string | null;
  status: MeasureStatus;
}

let counter = 0;
const nextKey = () => `m${++counter}`;

export function emptyMeasure(): MeasureDraft {
  return {
    key: nextKey(),
    title: '',
    description: '',
    goal: '',
    dimensions: [],
    responsible: [],
    partners: [],
    startDate: '',
    endDate: '',
    status: 'planned',
  };
}

/** Names by id; an actor deleted since keeps its id as its name rather than vanishing. */
function named(ids: readonly string[], actors: readonly { id: string; name: string }[]) {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return ids.map((id) => ({ id, name: names.get(id) ?? id }));
}

export function toMeasureDrafts(measures: readonly MeasureSource[]): MeasureDraft[] {
  return measures.map((m) => ({
    key: nextKey(),
    title: m.title,
    description: m.description ?? '',
    goal: m.goal === null ? '' : String(m.goal),
    dimensions: [...m.dimensions],
    responsible: named(m.responsibleActorIds, m.responsibleActors),
    partners: named(m.partnerActorIds, m.partners),
    startDate: m.startDate ?? '',
    endDate: m.endDate ?? '',
    status: m.status,
  }));
}

export function toMeasureInputs(drafts: readonly MeasureDraft[]): MeasureInput[] {
  return drafts.map((d) => ({
    title: d.title.trim(),
    description: orNull(d.description),
    goal: d.goal === '' ? null : Number(d.goal),
    dimensions: d.dimensions,
    responsibleActorIds: d.responsible.map((a) => a.id),
    partnerActorIds: d.partners.map((a) => a.id),
    startDate: orNull(d.startDate),
    endDate: orNull(d.endDate),
    status: d.status,
  }));
}

/** Ticks or unticks a dimension, keeping the order of `all` (the legend's). */
export function toggleDimension(
  current: readonly Dimension[],
  dimension: Dimension,
  all: readonly Dimension[],
): Dimension[] {
  const next = current.includes(dimension)
    ? current.filter((d) => d !== dimension)
    : [...current, dimension];
  return all.filter((d) => next.includes(d));
}

/** Adds an actor once: picking the same one again changes nothing. */
export function addActor(list: readonly PickedActor[], actor: PickedActor): PickedActor[] {
  return list.some((a) => a.id === actor.id)
    ? [...list]
    : [...list, { id: actor.id, name: actor.name }];
}

/** Moves the item at `from` one step up (-1) or down (+1); at an end nothing moves. */
export function move<T>(list: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
