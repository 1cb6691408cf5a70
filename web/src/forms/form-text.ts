/** What a form sends for a text field: trimmed, and null for a blank one (which clears it). */
export function orNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

/** A record's optional text fields as a form edits them: '' where the record has none. */
export function textsOf<T extends { [P in K]: string | null }, K extends keyof T & string>(
  record: T,
  keys: readonly K[],
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, record[key] ?? ''])) as Record<K, string>;
}
