import { z } from 'zod';
import { calendarDate, email, optionalText, phone, requiredText } from './field-rules';
import { LEGAL_BASES } from './legal-basis';
import { text } from './normalize';
import type { PersonFields } from './records';

/** The rules for a contact person's own fields (the actor reference is checked by the service). */
export const personShape = {
  name: requiredText(200),
  title: optionalText(200),
  email,
  phone,
  legalBasis: z.enum(LEGAL_BASES, { error: `must be one of ${LEGAL_BASES.join(', ')}` }),
  source: optionalText(500),
  reviewDate: calendarDate,
};

export const personFieldsSchema = z.object(personShape);

type PersonOwnFields = Omit<PersonFields, 'actorId'>;

export function tidyPersonInput(input: { [K in keyof PersonOwnFields]?: unknown }) {
  return {
    name: text(input.name),
    title: text(input.title),
    email: text(input.email),
    phone: text(input.phone),
    legalBasis: text(input.legalBasis),
    source: text(input.source),
    reviewDate: text(input.reviewDate),
  };
}
