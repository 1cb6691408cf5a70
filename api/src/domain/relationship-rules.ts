import { z } from 'zod';
import { optionalText, since } from './field-rules';
import { MAX_STRENGTH, MIN_STRENGTH, RELATIONSHIP_TYPES } from './relationship-types';

export const strength = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(MIN_STRENGTH, `must be from ${MIN_STRENGTH} to ${MAX_STRENGTH}`)
  .max(MAX_STRENGTH, `must be from ${MIN_STRENGTH} to ${MAX_STRENGTH}`);

/** What can change on an existing tie; its ends and type are its identity. */
export const relationshipDetailsSchema = z.object({
  strength,
  since,
  note: optionalText(2000),
});

export const relationshipTypeSchema = z.enum(RELATIONSHIP_TYPES, {
  error: `must be one of ${RELATIONSHIP_TYPES.join(', ')}`,
});
