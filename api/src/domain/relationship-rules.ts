import { z } from 'zod';
import { optionalText, since } from './field-rules';
import { text } from './normalize';
import { MAX_STRENGTH, MIN_STRENGTH, RELATIONSHIP_TYPES } from './relationship-types';

export const strength = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(MIN_STRENGTH, `must be from ${MIN_STRENGTH} to ${MAX_STRENGTH}`)
  .max(MAX_STRENGTH, `must be from ${MIN_STRENGTH} to ${MAX_STRENGTH}`);

/** What can change on an existing tie; its ends and type are its identity. */
export const relationshipDetailsShape = {
  strength,
  since,
  note: optionalText(2000),
};

export const relationshipDetailsSchema = z.object(relationshipDetailsShape);

export const relationshipTypeSchema = z.enum(RELATIONSHIP_TYPES, {
  error: `must be one of ${RELATIONSHIP_TYPES.join(', ')}`,
});

export function tidyRelationshipDetails(input: {
  strength?: unknown;
  since?: unknown;
  note?: unknown;
}) {
  return { strength: input.strength, since: text(input.since), note: text(input.note) };
}
