import { z } from 'zod';
import { email, optionalText, phone, requiredText } from './field-rules';
import { LEGAL_BASES } from './legal-basis';

/** The rules for a contact person's own fields (the actor reference is checked by the service). */
export const personFieldsSchema = z.object({
  name: requiredText(200),
  title: optionalText(200),
  email,
  phone,
  legalBasis: z.enum(LEGAL_BASES, { error: `must be one of ${LEGAL_BASES.join(', ')}` }),
  source: optionalText(500),
});
