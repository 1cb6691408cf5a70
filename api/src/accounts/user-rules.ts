import { z } from 'zod';
import { ROLES } from '../auth/principal';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password';
import { requiredText } from '../domain/field-rules';

/** What an admin may set on an account; region codes are checked against the geography after. */
export const userSchema = z.object({
  email: z
    .email('must be a valid email address, like name@example.org')
    .max(254, 'must be at most 254 characters'),
  name: requiredText(200),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
  allRegions: z.boolean(),
  regionCodes: z.array(z.string()).max(30, 'must have at most 30 items'),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `must have at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH, `must have at most ${PASSWORD_MAX_LENGTH} characters`)
    .nullable(),
  disabled: z.boolean(),
});

export type UserInput = z.input<typeof userSchema>;
