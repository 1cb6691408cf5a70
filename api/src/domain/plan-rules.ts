import { z } from 'zod';
import { checkActorGeography } from './actor-rules';
import { DIMENSIONS } from './dimensions';
import type { PlanFields } from './event-records';
import { MEASURE_STATUSES } from './event-vocabulary';
import { enumList, optionalText, requiredText } from './field-rules';
import type { GeographyIndex } from './geography-index';
import { InputError } from './input-error';
import { list, text } from './normalize';
import { optionalDate } from './time-rules';
import { toIssues } from './validate';

const actorIds = z
  .array(z.string().min(1, 'must not be empty').max(100))
  .max(50, 'must have at most 50 items');

const year = z
  .number({ error: 'is required' })
  .int('must be a whole year')
  .min(2000, 'must be a year from 2000 to 2100')
  .max(2100, 'must be a year from 2000 to 2100');

const measure = z.object({
  title: requiredText(300),
  description: optionalText(5000),
  goal: z.number().int('must be the number of a goal').min(0).nullable(),
  dimensions: enumList(DIMENSIONS),
  responsibleActorIds: actorIds,
  partnerActorIds: actorIds,
  startDate: optionalDate,
  endDate: optionalDate,
  status: z.enum(MEASURE_STATUSES, { error: `must be one of ${MEASURE_STATUSES.join(', ')}` }),
});

const planShape = {
  title: requiredText(300),
  regionCode: optionalText(2),
  municipalityCode: optionalText(3),
  periodStart: year,
  periodEnd: year,
  description: optionalText(5000),
  goals: z
    .array(z.object({ title: requiredText(300), description: optionalText(2000) }))
    .max(30, 'must have at most 30 items'),
  measures: z.array(measure).max(200, 'must have at most 200 items'),
};

function checkPlan(geo: GeographyIndex) {
  const geography = checkActorGeography(geo);
  return (plan: z.output<z.ZodObject<typeof planShape>>, ctx: z.RefinementCtx): void => {
    const issue = (path: (string | number)[], message: string, rule: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { rule } });
    geography(plan, ctx);
    if (plan.regionCode === null && plan.municipalityCode === null) {
      issue(['regionCode'], 'give the region or the municipality of the plan', 'required');
    }
    if (plan.periodEnd < plan.periodStart) {
      issue(['periodEnd'], `must not be before the start (${plan.periodStart})`, 'after_start');
    }
    plan.measures.forEach((m, i) => {
      if (m.goal !== null && m.goal >= plan.goals.length) {
        issue(
          ['measures', i, 'goal'],
          `must be the number of a goal, 0 to ${plan.goals.length - 1}`,
          'goal_exists',
        );
      }
      if (m.startDate && m.endDate && m.endDate < m.startDate) {
        issue(
          ['measures', i, 'endDate'],
          `must not be before the start (${m.startDate})`,
          'after_start',
        );
      }
      if (m.dimensions.length === 0) {
        issue(['measures', i, 'dimensions'], 'name at least one dimension', 'min_items');
      }
    });
  };
}

type PlanInput = { [K in keyof PlanFields]?: unknown };

export function tidyPlanInput(input: PlanInput): Record<keyof PlanFields, unknown> {
  return {
    title: text(input.title),
    regionCode: text(input.regionCode),
    municipalityCode: text(input.municipalityCode),
    periodStart: input.periodStart ?? null,
    periodEnd: input.periodEnd ?? null,
    description: text(input.description),
    goals: Array.isArray(input.goals)
      ? input.goals.map((g: Record<string, unknown>) => ({
          title: text(g?.title),
          description: text(g?.description),
        }))
      : (input.goals ?? []),
    measures: Array.isArray(input.measures)
      ? input.measures.map((m: Record<string, unknown>) => ({
          title: text(m?.title),
          description: text(m?.description),
          goal: m?.goal ?? null,
          dimensions: list(m?.dimensions),
          responsibleActorIds: list(m?.responsibleActorIds),
          partnerActorIds: list(m?.partnerActorIds),
          startDate: text(m?.startDate),
          endDate: text(m?.endDate),
          status: text(m?.status) ?? 'planned',
        }))
      : (input.measures ?? []),
  };
}

/** Tidies and checks a plan; throws InputError naming every broken rule. */
export function validatePlanFields(geo: GeographyIndex, input: PlanInput): PlanFields {
  const result = z.object(planShape).superRefine(checkPlan(geo)).safeParse(tidyPlanInput(input));
  if (!result.success) throw new InputError(toIssues(result.error));
  const fields = result.data as PlanFields;
  if (fields.municipalityCode === null) return fields;
  const regionCode = geo.municipalities.get(fields.municipalityCode)?.regionCode ?? null;
  return { ...fields, regionCode };
}
