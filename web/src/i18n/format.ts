/**
 * Formatters by language and options. Making one costs far more than using it, and tables
 * and panels format thousands of numbers per render.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale(language), options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Numbers and dates in the UI language's conventions (1 234,5 in Finnish, 1,234.5 in English). */
export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

/** A metric value: small fractions (PageRank 0.0123) keep their significant digits. */
export function formatMetric(value: number, language: string): string {
  if (value !== 0 && Math.abs(value) < 0.01) {
    return numberFormat(language, { maximumSignificantDigits: 3 }).format(value);
  }
  return formatNumber(value, language, Number.isInteger(value) ? 0 : 3);
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium' }).format(date);
}

/** A moment, to the minute: the audit log's times. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
}

/** Finnish and Swedish as spoken in Finland; British English (day before month). */
export function locale(language: string): string {
  return language === 'sv' ? 'sv-FI' : language === 'en' ? 'en-GB' : 'fi-FI';
}
