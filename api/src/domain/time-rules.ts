import { z } from 'zod';

/** A calendar date, "2026-05-28", that exists (no 31 April), from 1900 to 2100. */
export const calendarDate = z.string({ error: 'is required' }).refine(isCalendarDate, {
  message: 'must be a date like 2026-05-28',
  params: { rule: 'date' },
});

export const optionalDate = calendarDate.nullable();

/** A wall-clock time, "09:30", 00:00 to 23:59. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  message: 'must be a time like 09:30',
});

export const optionalTime = clockTime.nullable();

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
