import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toImportCsv } from '../../csv/import-csv';
import { IMPORT_COLUMNS, IMPORT_FILE_NAMES } from '../../import-rows';
import { loadDemoNetwork } from '../../testing/demo-network';
import { EMAIL, isYearOrDate, LANGUAGE, pairKey, PHONE, WEBSITE } from '../../testing/import-rules';
import {
  CATEGORIES,
  DIMENSIONS,
  LEGAL_BASES,
  RELATIONSHIP_TYPES,
  SYMMETRIC_TYPES,
  type RelationshipType,
} from '../../vocabulary';
import { buildKainuuDemo } from './build-demo';
import { DEMO_KAINUU_DIR } from './demo-dir';
import { KAINUU_MUNICIPALITIES } from './kainuu';

const demo = loadDemoNetwork();
const KAINUU_CODES = new Set<string>(Object.values(KAINUU_MUNICIPALITIES));
const FICTIONAL_PHONE = /^\+358 \d{1,2} 555 \d{4}$/;
const EXAMPLE_MAIL = /@([a-z0-9-]+\.)*example\.org$/;

describe('the committed Kainuu demo files', () => {
  it('are exactly what the TypeScript description generates (run `npm run -w graph-seed demo:write`)', () => {
    const generated = toImportCsv(buildKainuuDemo());
    for (const kind of ['actors', 'persons', 'relationships'] as const) {
      const committed = readFileSync(join(DEMO_KAINUU_DIR, IMPORT_FILE_NAMES[kind]), 'utf8');
      expect(committed, IMPORT_FILE_NAMES[kind]).toBe(generated[kind]);
    }
  });

  it('have the import format’s headers', () => {
    for (const kind of ['actors', 'persons', 'relationships'] as const) {
      const header = readFileSync(join(DEMO_KAINUU_DIR, IMPORT_FILE_NAMES[kind]), 'utf8').split(
        '\n',
      )[0];
      expect(header).toBe(IMPORT_COLUMNS[kind].join(','));
    }
  });

  it('hold 100-140 actors, 300-450 relationships and contact persons for most actors', () => {
    expect(demo.actors.length).toBeGreaterThanOrEqual(100);
    expect(demo.actors.length).toBeLessThanOrEqual(140);
    expect(demo.relationships.length).toBeGreaterThanOrEqual(300);
    expect(demo.relationships.length).toBeLessThanOrEqual(450);
    const withContacts = new Set(demo.persons.map((p) => p.actor_id));
    expect(withContacts.size / demo.actors.length).toBeGreaterThan(0.6);
    expect(withContacts.size).toBeLessThan(demo.actors.length);
  });

  it('use unique ids, and every person and tie refers to an actor of the demo', () => {
    expect(new Set(demo.actors.map((a) => a.id)).size).toBe(demo.actors.length);
    expect(new Set(demo.persons.map((p) => p.id)).size).toBe(demo.persons.length);
    for (const p of demo.persons) expect(() => demo.actor(p.actor_id)).not.toThrow();
    for (const r of demo.relationships) {
      expect(() => demo.actor(r.source_id)).not.toThrow();
      expect(() => demo.actor(r.target_id)).not.toThrow();
    }
  });

  it('cover all 13 categories with valid values only', () => {
    expect(new Set(demo.actors.map((a) => a.category))).toEqual(new Set(CATEGORIES));
    for (const a of demo.actors) {
      const dimensions = a.dimensions === '' ? [] : a.dimensions.split(';');
      expect(dimensions.length, a.id).toBeLessThanOrEqual(3);
      for (const d of dimensions) expect(DIMENSIONS, a.id).toContain(d);
      expect(a.languages.split(';').length, a.id).toBeGreaterThan(0);
      for (const code of a.languages.split(';')) expect(code, a.id).toMatch(LANGUAGE);
      expect(demo.tags(a).length, a.id).toBeGreaterThan(0);
      expect(a.description, a.id).not.toBe('');
    }
  });

  it('place every actor in one of Kainuu’s 8 municipalities, except national bodies', () => {
    for (const a of demo.actors) {
      if (a.municipality_code === '')
        expect(['authority_state', 'advisory_board'], a.id).toContain(a.category);
      else expect(KAINUU_CODES.has(a.municipality_code), a.id).toBe(true);
    }
    const used = new Set(demo.actors.map((a) => a.municipality_code));
    for (const code of KAINUU_CODES) expect(used.has(code), code).toBe(true);
  });

  it('give only fictional contact details: example.org mail and 555 numbers', () => {
    for (const p of demo.persons) {
      expect(p.email, p.id).toMatch(EXAMPLE_MAIL);
      expect(p.email, p.id).toMatch(EMAIL);
      expect(p.phone, p.id).toMatch(FICTIONAL_PHONE);
      expect(p.phone, p.id).toMatch(PHONE);
      expect(LEGAL_BASES, p.id).toContain(p.legal_basis);
    }
    for (const a of demo.actors) {
      if (a.email) expect(a.email, a.id).toMatch(EXAMPLE_MAIL);
      if (a.phone) expect(a.phone, a.id).toMatch(FICTIONAL_PHONE);
      if (a.website) {
        expect(a.website, a.id).toMatch(WEBSITE);
        expect(new URL(a.website).hostname, a.id).toMatch(/(^|\.)example\.org$/);
      }
    }
  });

  it('tie each pair at most once, never an actor to itself, with valid values', () => {
    const pairs = new Set<string>();
    for (const r of demo.relationships) {
      const where = `${r.source_id} -> ${r.target_id}`;
      expect(r.source_id, where).not.toBe(r.target_id);
      expect(RELATIONSHIP_TYPES, where).toContain(r.type);
      expect(['1', '2', '3'], where).toContain(r.strength);
      expect(isYearOrDate(r.since), where).toBe(true);
      expect(pairs.has(pairKey(r.source_id, r.target_id)), where).toBe(false);
      pairs.add(pairKey(r.source_id, r.target_id));
    }
  });

  it('mix all five relationship types, mostly symmetric cooperation', () => {
    const count = (type: RelationshipType) =>
      demo.relationships.filter((r) => r.type === type).length;
    for (const type of RELATIONSHIP_TYPES) expect(count(type), type).toBeGreaterThan(5);
    const symmetric = demo.relationships.filter((r) =>
      SYMMETRIC_TYPES.has(r.type as RelationshipType),
    );
    expect(symmetric.length / demo.relationships.length).toBeGreaterThan(0.6);
  });
});
