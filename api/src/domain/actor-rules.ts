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
import type { GeographyIndex } from './geography-index';
import type { ActorFields } from './records';

export const ACTOR_NAME_MAX = 200;

const actorShape = {
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

/**
 * The rules for an actor's fields. The region follows from the municipality: a region given
 * with a municipality must be that municipality's region.
 */
export function actorFieldsSchema(geo: GeographyIndex) {
  return z
    .object(actorShape)
    .superRefine((actor, ctx) => {
      if (actor.municipalityCode !== null) {
        const municipality = geo.municipalities.get(actor.municipalityCode);
        if (!municipality) {
          ctx.addIssue({
            code: 'custom',
            path: ['municipalityCode'],
            message: `"${actor.municipalityCode}" is not a municipality code (three digits, e.g. 205 for Kajaani)`,
            params: { rule: 'municipality_exists' },
          });
        } else if (actor.regionCode !== null && actor.regionCode !== municipality.regionCode) {
          ctx.addIssue({
            code: 'custom',
            path: ['regionCode'],
            message: `municipality ${municipality.code} ${municipality.nameFi} is in region ${municipality.regionCode}, not ${actor.regionCode}`,
            params: { rule: 'region_matches_municipality' },
          });
        }
      }
      if (actor.regionCode !== null && !geo.regions.has(actor.regionCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['regionCode'],
          message: `"${actor.regionCode}" is not a region code (two digits, e.g. 18 for Kainuu)`,
          params: { rule: 'region_exists' },
        });
      }
    })
    .transform((actor): ActorFields => ({
      ...actor,
      regionCode:
        actor.municipalityCode !== null
          ? (geo.municipalities.get(actor.municipalityCode)?.regionCode ?? actor.regionCode)
          : actor.regionCode,
    }));
}
