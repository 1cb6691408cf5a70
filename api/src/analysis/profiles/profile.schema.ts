import { z } from 'zod';
import { CATEGORIES } from '../../domain/categories';
import { validate } from '../../domain/validate';

/**
 * A profile says which kinds of actor a region or municipality should have, and which ties
 * between them matter. Profiles are data: the two built-in ones are JSON files next to this
 * one, and users can store their own (the API validates them with `parseProfile`).
 */
const labels = z.object({
  fi: z.string().trim().min(1).max(300),
  sv: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});

const slug = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,62}$/,
    'must be lower-case letters, digits and _, starting with a letter',
  );

const weight = z.number().min(0).max(1);

/** How much something matters for each of the four dimensions, 0..1 (missing = 0). */
export const dimensionWeightsSchema = z
  .object({
    attitudes: weight.optional(),
    safety: weight.optional(),
    interaction: weight.optional(),
    participation: weight.optional(),
  })
  .strict();

/**
 * An actor matches a selector when its category is one of `categories` and, if
 * `subcategories` or `tags` are given, its subcategory is one of them or it has one of the
 * tags (compared case-insensitively). E.g. immigrant associations:
 * { categories: ["ngo"], tags: ["immigrant_association"], subcategories: ["maahanmuuttajayhdistys"] }.
 */
export const groupSelectorSchema = z
  .object({
    categories: z.array(z.enum(CATEGORIES)).min(1),
    subcategories: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
    tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  })
  .strict();

export const profileGroupSchema = z
  .object({
    id: slug,
    label: labels,
    /** An actor is in the group if it matches any of these. */
    anyOf: z.array(groupSelectorSchema).min(1).max(20),
    /** Actors the group needs in each unit; 0 names a group only for tie checks. */
    min: z.number().int().min(0).max(1000).default(1),
    /** Where coverage is checked: per region, per municipality, or both. */
    levels: z
      .array(z.enum(['region', 'municipality']))
      .min(1)
      .default(['region', 'municipality']),
    /** How much the group's work matters for each dimension (ranks gaps). */
    dimensions: dimensionWeightsSchema.default({}),
  })
  .strict();

export const tiePairSchema = z
  .object({
    groups: z.tuple([slug, slug]),
    /** How much a tie between the two groups matters for each dimension. */
    dimensions: dimensionWeightsSchema,
    /** Why the tie matters, shown in the gap's explanation. */
    why: labels.optional(),
  })
  .strict();

export const profileSchema = z
  .object({
    id: slug,
    version: z.literal(1),
    label: labels,
    description: labels,
    groups: z.array(profileGroupSchema).min(1).max(50),
    /** Pairs of groups that should have at least one tie between them. */
    tiePairs: z.array(tiePairSchema).max(500).default([]),
    /**
     * Also check every other pair of groups, weighing each dimension by the smaller of the two
     * groups' weights.
     */
    checkAllGroupPairs: z.boolean().default(false),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const ids = new Set<string>();
    profile.groups.forEach((group, i) => {
      if (ids.has(group.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['groups', i, 'id'],
          message: `group ${group.id} appears twice`,
          params: { rule: 'unique' },
        });
      }
      ids.add(group.id);
    });
    profile.tiePairs.forEach((pair, i) => {
      pair.groups.forEach((id, j) => {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tiePairs', i, 'groups', j],
            message: `is not a group of this profile`,
            params: { rule: 'group_exists' },
          });
        }
      });
      if (pair.groups[0] === pair.groups[1]) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiePairs', i, 'groups'],
          message: 'must name two different groups',
          params: { rule: 'distinct' },
        });
      }
    });
  });

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileGroup = Profile['groups'][number];
export type DimensionWeights = z.output<typeof dimensionWeightsSchema>;

/** Validates a profile; throws InputError (field, rule, message) when it breaks a rule. */
export function parseProfile(input: unknown): Profile {
  return validate(profileSchema, input);
}
