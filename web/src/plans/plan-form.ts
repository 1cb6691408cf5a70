import type { CreatePlanInput, UpdatePlanInput } from '../api/generated/graphql';
import {
  toMeasureDrafts,
  toMeasureInputs,
  type MeasureDraft,
  type MeasureSource,
} from './measures';
import { orNull } from '../forms/form-text';

/**
 * The plan form's values and their mapping to the API's inputs, plain TypeScript so the
 * rules (empty text is "not set", a year typed as text, goals without a title dropped) are
 * tested without a DOM. The measures have their own module (measures.ts).
 */
export interface GoalDraft {
  title: string;
  description: string;
}

export interface PlanFormValues {
  title: string;
  /** Years as typed; the API says what is wrong with them. */
  periodStart: string;
  periodEnd: string;
  /** A municipality of the region for a municipal plan; '' for the region's own plan. */
  municipalityCode: string;
  description: string;
  goals: GoalDraft[];
  measures: MeasureDraft[];
}

/** What the form reads from a plan; the generated type has more. */
export interface PlanFormSource {
  title: string;
  periodStart: number;
  periodEnd: number;
  municipalityCode: string | null;
  description: string | null;
  goals: readonly { title: string; description: string | null }[];
  measures: readonly MeasureSource[];
}

/** A new plan runs from this year for three years, a common length for a regional plan. */
export function emptyPlanForm(today: Date = new Date()): PlanFormValues {
  const year = today.getFullYear();
  return {
    title: '',
    periodStart: String(year),
    periodEnd: String(year + 2),
    municipalityCode: '',
    description: '',
    goals: [],
    measures: [],
  };
}

export function planToForm(plan: PlanFormSource): PlanFormValues {
  return {
    title: plan.title,
    periodStart: String(plan.periodStart),
    periodEnd: String(plan.periodEnd),
    municipalityCode: plan.municipalityCode ?? '',
    description: plan.description ?? '',
    goals: plan.goals.map((g) => ({ title: g.title, description: g.description ?? '' })),
    measures: toMeasureDrafts(plan.measures),
  };
}

/** A year as typed: NaN for text that is not a whole number, so the API names the field. */
export function toYear(text: string): number {
  return /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : Number.NaN;
}

function fields(values: PlanFormValues) {
  return {
    title: values.title.trim(),
    // GraphQL refuses NaN for an Int before the API's own rules run; 0 reaches them instead
    // and comes back as a field error ("must be a year from 2000 to 2100").
    periodStart: toYear(values.periodStart) || 0,
    periodEnd: toYear(values.periodEnd) || 0,
    description: orNull(values.description),
    goals: values.goals.map((g) => ({ title: g.title.trim(), description: orNull(g.description) })),
    measures: toMeasureInputs(values.measures),
  };
}

/** A plan of a municipality (its region follows from it) or of the region open in the app. */
export function toCreatePlanInput(values: PlanFormValues, regionCode: string): CreatePlanInput {
  return { ...fields(values), ...area(values, regionCode) };
}

/** The plan stays in the open region: a municipality of it, or the region itself. */
export function toUpdatePlanInput(values: PlanFormValues, regionCode: string): UpdatePlanInput {
  return { ...fields(values), ...area(values, regionCode) };
}

function area(values: PlanFormValues, regionCode: string) {
  return values.municipalityCode
    ? { municipalityCode: values.municipalityCode }
    : { municipalityCode: null, regionCode };
}
