import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '../graph/palette';
import { CATEGORIES, DIMENSIONS, LEGAL_BASES, RELATIONSHIP_TYPES } from '../vocabulary';
import { en } from './en';
import { authFi } from './auth.fi';
import { eventsFi } from './events.fi';
import { fi } from './fi';
import { initialLanguage } from './i18n';
import { plansFi } from './plans.fi';
import { sv } from './sv';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const finnish = new Set(keys(fi as unknown as Tree));
// The events, plans and sign-in labels are merged under `events`, `plans` and `auth` at setup (i18n.ts);
// sv/en match them by type.
const events = new Set(keys({ events: eventsFi, auth: authFi, plans: plansFi } as unknown as Tree));
/** A key exists as written, or as the base of plural forms (key_one, key_other). */
const exists = (key: string) =>
  finnish.has(key) || finnish.has(`${key}_other`) || events.has(key) || events.has(`${key}_other`);

describe('translations', () => {
  it('has exactly the same keys in Finnish, Swedish and English', () => {
    expect(keys(sv as unknown as Tree).sort()).toEqual([...finnish].sort());
    expect(keys(en as unknown as Tree).sort()).toEqual([...finnish].sort());
  });

  it('leaves no translation empty', () => {
    for (const tree of [fi, sv, en]) {
      const empty = keys(tree as unknown as Tree).filter(
        (k) => !k.split('.').reduce<unknown>((t, p) => (t as Tree)[p], tree),
      );
      expect(empty).toEqual([]);
    }
  });

  it('has a label for every category, dimension, relationship type and legal basis', () => {
    for (const c of CATEGORIES) expect(exists(`categories.${c}`)).toBe(true);
    for (const d of DIMENSIONS) expect(exists(`dimensions.${d}`)).toBe(true);
    for (const r of RELATIONSHIP_TYPES) expect(exists(`relationshipTypes.${r}`)).toBe(true);
    for (const l of LEGAL_BASES) expect(exists(`legalBasis.${l}`)).toBe(true);
    expect([...CATEGORIES].sort()).toEqual(Object.keys(CATEGORY_COLORS).sort());
  });

  it('defines every literal key the components ask for', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(__dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        if (!exists(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('starts in Finnish unless another language was chosen before', () => {
    expect(initialLanguage(null)).toBe('fi');
    expect(initialLanguage('sv')).toBe('sv');
    expect(initialLanguage('de')).toBe('fi');
  });
});
