import { z } from 'zod';
import { ISO_639_1 } from './languages';

/**
 * Building blocks shared by the actor, person and relationship rules and by the importer.
 * They only check: input is tidied first by normalize.ts (trimmed, empty text to null),
 * because zod transforms tripled the cost of validating a 60,000-row import.
 */

export function optionalText(max: number) {
  return z.string().max(max, `must be at most ${max} characters`).nullable();
}

export function requiredText(max: number) {
  return z
    .string({ error: 'is required' })
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);
}

export const email = z
  .email('must be a valid email address, like name@example.org')
  .max(254, 'must be at most 254 characters')
  .nullable();

const PHONE = /^\+?[0-9][0-9 ()-]{3,28}[0-9]$/;
export const phone = z
  .string()
  .regex(PHONE, 'must be a phone number of digits, spaces and dashes, like +358 40 555 0123')
  .nullable();

export const website = z
  .string()
  .max(500, 'must be at most 500 characters')
  .regex(
    /^https?:\/\/[^\s/$.?#][^\s]*$/i,
    'must be a web address starting with http:// or https://',
  )
  .nullable();

/** A year ("2019") or a calendar date ("2019-05-01") from 1900 to 2100. */
export const since = z
  .string()
  .refine(isYearOrDate, {
    message: 'must be a year (2019) or a date (2019-05-01)',
    params: { rule: 'year_or_date' },
  })
  .nullable();

function isYearOrDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date ("2027-06-30") from 1900 to 2100, or none. */
export const calendarDate = z
  .string()
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isYearOrDate(value), {
    message: 'must be a date like 2027-06-30',
    params: { rule: 'date' },
  })
  .nullable();

export const languages = z
  .array(
    z.string().refine((code) => ISO_639_1.has(code), {
      message: 'must be a two-letter ISO 639-1 language code, like fi, sv or ar',
      params: { rule: 'iso_639_1' },
    }),
  )
  .max(20, 'must have at most 20 items');

export const tags = z
  .array(z.string().min(1, 'must not be empty').max(50, 'must be at most 50 characters'))
  .max(30, 'must have at most 30 items');

export function enumList<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values, { error: `must be one of ${values.join(', ')}` }))
    .max(values.length);
}
