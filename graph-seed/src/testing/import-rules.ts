/**
 * The api importer's field rules (api/src/domain/field-rules.ts), repeated so graph-seed's
 * tests can hold its data to them without depending on the api package. Test-only.
 */
export const PHONE = /^\+?[0-9][0-9 ()-]{3,28}[0-9]$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
export const WEBSITE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
export const LANGUAGE = /^[a-z]{2}$/;

/** A year ("2019") or a real calendar date ("2019-05-01") from 1900 to 2100. */
export function isYearOrDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** One tie per unordered pair, whatever its type: the key both the demo and generator keep. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
