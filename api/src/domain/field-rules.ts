import { z } from 'zod';
import { ISO_639_1 } from './languages';

/** Building blocks shared by the actor, person and relationship rules and by the importer. */

/** Text that may be absent: trimmed, and an empty string means "no value". */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
}

export function requiredText(max: number) {
  return z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);
}

export const email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .nullish()
  .transform((v) => (v ? v : null))
  .pipe(z.email('must be a valid email address, like name@example.org').nullable());

const PHONE = /^\+?[0-9][0-9 ()-]{3,28}[0-9]$/;
export const phone = optionalText(32).refine((v) => v === null || PHONE.test(v), {
  message: 'must be a phone number of digits, spaces and dashes, like +358 40 555 0123',
  params: { rule: 'phone' },
});

export const website = optionalText(500).refine(
  (v) => v === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v),
  { message: 'must be a web address starting with http:// or https://', params: { rule: 'url' } },
);

/** A year ("2019") or a calendar date ("2019-05-01") from 1900 on. */
export const since = optionalText(10).refine((v) => v === null || isYearOrDate(v), {
  message: 'must be a year (2019) or a date (2019-05-01)',
  params: { rule: 'year_or_date' },
});

function isYearOrDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A list without repeats; duplicates are dropped, order kept. */
function uniqueList<T extends z.ZodType<string>>(item: T, maxItems: number) {
  return z
    .array(item)
    .max(maxItems, `must have at most ${maxItems} items`)
    .nullish()
    .transform((list) => [...new Set(list ?? [])] as z.output<T>[]);
}

export const languages = uniqueList(
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((code) => ISO_639_1.has(code), {
      message: 'must be a two-letter ISO 639-1 language code, like fi, sv or ar',
      params: { rule: 'iso_639_1' },
    }),
  20,
);

export const tags = uniqueList(
  z.string().trim().min(1, 'must not be empty').max(50, 'must be at most 50 characters'),
  30,
);

export function enumList<const T extends readonly [string, ...string[]]>(values: T) {
  return uniqueList(
    z.enum(values, { error: `must be one of ${values.join(', ')}` }),
    values.length,
  );
}
