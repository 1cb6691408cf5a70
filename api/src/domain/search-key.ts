/**
 * The form of a name that search compares against: lower case, accents and other combining
 * marks removed, whitespace collapsed. "Äänekoski" and "aanekoski" share one key.
 * Both stores keep this key beside the name, so search is an indexed prefix/substring match
 * on plain ASCII-ish text instead of a collation the two databases would do differently.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
