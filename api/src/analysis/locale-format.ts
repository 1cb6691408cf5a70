import type { Labels } from '../domain/categories';

export type Locale = keyof Labels;
export const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/** fi-FI and sv-FI write "24,3 %" and "12 345" (with no-break spaces); en-GB "24.3%" and "12,345". */
const TAG: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function format(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(TAG[locale], options)));
  return f;
}

/** A count or measure, at most `digits` decimals. */
export function formatNumber(locale: Locale, value: number, digits = 1): string {
  return format(locale, { maximumFractionDigits: digits }).format(value);
}

/**
 * A share as a percentage with as many decimals as make it readable: 24 %, 5,2 %, 0,04 %.
 * Below 0.01 % it says "< 0,01 %" rather than 0.
 */
export function formatPercent(locale: Locale, share: number): string {
  if (share > 0 && share < 0.0001)
    return `< ${format(locale, { style: 'percent', maximumFractionDigits: 2 }).format(0.0001)}`;
  const digits = share >= 0.1 ? 0 : share >= 0.01 ? 1 : 2;
  return format(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** Builds the three texts with one function that gets each locale in turn. */
export function inAllLocales(text: (locale: Locale) => string): Labels {
  return { fi: text('fi'), sv: text('sv'), en: text('en') };
}

/** "1 actor" / "3 actors": the singular for exactly one. */
export function count(locale: Locale, n: number, one: string, many: string): string {
  return `${formatNumber(locale, n, 2)} ${n === 1 ? one : many}`;
}
