/**
 * Tidies user input before the rules check it, the same way for the GraphQL API and the
 * importer: text is trimmed and an empty text means "no value"; lists lose empty items and
 * repeats; language codes are lower case. Anything of the wrong type is passed on unchanged,
 * so the rules can name it.
 */
export function text(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function list(values: unknown, lowerCase = false): unknown {
  if (values === null || values === undefined) return [];
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) return values;
  const seen = new Set<string>();
  for (const raw of values as string[]) {
    const item = lowerCase ? raw.trim().toLowerCase() : raw.trim();
    if (item !== '') seen.add(item);
  }
  return [...seen];
}
