import { z } from 'zod';
import { CATEGORIES } from './categories';
import { DIMENSIONS } from './dimensions';
import {
  email,
  enumList,
  languages,
  optionalText,
  phone,
  requiredText,
  tags,
  website,
} from './field-rules';
import { perGeography, type GeographyIndex } from './geography-index';
import { InputError } from './input-error';
import { list, text } from './normalize';
import type { ActorFields } from './records';
import { toIssues } from './validate';

export const ACTOR_NAME_MAX = 200;

export const actorShape = {
  name: requiredText(ACTOR_NAME_MAX),
  category: z.enum(CATEGORIES, { error: `must be one of ${CATEGORIES.join(', ')}` }),
  subcategory: optionalText(100),
  municipalityCode: optionalText(3),
  regionCode: optionalText(2),
  email,
  phone,
  website,
  languages,
  dimensions: enumList(DIMENSIONS),
  tags,
  description: optionalText(5000),
};

/** Any object with the actor's fields, as a client or a spreadsheet gives them. */
export type ActorInput = { [K in keyof ActorFields]?: unknown };

export function tidyActorInput(input: ActorInput): Record<keyof ActorFields, unknown> {
  return {
    name: text(input.name),
    category: text(input.category),
    subcategory: text(input.subcategory),
    municipalityCode: text(input.municipalityCode),
    regionCode: text(input.regionCode),
    email: text(input.email),
    phone: text(input.phone),
    website: text(input.website),
    languages: list(input.languages, true),
    dimensions: list(input.dimensions),
    tags: list(input.tags),
    description: text(input.description),
  };
}

/**
 * The geography rules: the municipality and region exist, and a region given with a
 * municipality is that municipality's region.
 */
export function checkActorGeography(geo: GeographyIndex) {
  return (
    actor: { municipalityCode: string | null; regionCode: string | null },
    ctx: z.RefinementCtx,
  ): void => {
    const issue = (path: string, message: string, rule: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { rule } });
    if (actor.municipalityCode !== null) {
      const municipality = geo.municipalities.get(actor.municipalityCode);
      if (!municipality) {
        issue(
          'municipalityCode',
          `"${actor.municipalityCode}" is not a municipality code (three digits, e.g. 205 for Kajaani)`,
          'municipality_exists',
        );
      } else if (actor.regionCode !== null && actor.regionCode !== municipality.regionCode) {
        issue(
          'regionCode',
          `municipality ${municipality.code} ${municipality.nameFi} is in region ${municipality.regionCode}, not ${actor.regionCode}`,
          'region_matches_municipality',
        );
      }
    }
    if (actor.regionCode !== null && !geo.regions.has(actor.regionCode)) {
      issue(
        'regionCode',
        `"${actor.regionCode}" is not a region code (two digits, e.g. 18 for Kainuu)`,
        'region_exists',
      );
    }
  };
}

/** The region follows from the municipality. */
export function withDerivedRegion<T extends ActorFields>(actor: T, geo: GeographyIndex): T {
  if (actor.municipalityCode === null) return actor;
  const regionCode = geo.municipalities.get(actor.municipalityCode)?.regionCode ?? actor.regionCode;
  return { ...actor, regionCode };
}

export const actorFieldsSchema = perGeography((geo: GeographyIndex) =>
  z.object(actorShape).superRefine(checkActorGeography(geo)),
);

/** Tidies and checks an actor's fields; throws InputError naming every broken rule. */
export function validateActorFields(geo: GeographyIndex, input: ActorInput): ActorFields {
  const result = actorFieldsSchema(geo).safeParse(tidyActorInput(input));
  if (!result.success) throw new InputError(toIssues(result.error));
  return withDerivedRegion(result.data, geo);
}
