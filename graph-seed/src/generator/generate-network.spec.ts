import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toImportCsv } from '../csv/import-csv';
import { readImportRecords } from '../csv/read-import-records';
import { writeImportFolder } from '../csv/write-import-folder';
import { readGeography } from '../geography';
import { EMAIL, isYearOrDate, LANGUAGE, pairKey, PHONE, WEBSITE } from '../testing/import-rules';
import { CATEGORIES, DIMENSIONS, LEGAL_BASES, RELATIONSHIP_TYPES } from '../vocabulary';
import { generateNetwork } from './generate-network';

const geography = readGeography();
const kainuu = generateNetwork({
  seed: 1,
  actors: 2000,
  ties: 10000,
  regionCodes: ['18'],
  persons: 300,
  geography,
});

describe('generateNetwork', () => {
  it('gives byte-identical files for the same seed and options', () => {
    const again = generateNetwork({
      seed: 1,
      actors: 2000,
      ties: 10000,
      regionCodes: ['18'],
      persons: 300,
    });
    expect(toImportCsv(again)).toEqual(toImportCsv(kainuu));
  });

  it('gives a different network for another seed', () => {
    const other = generateNetwork({
      seed: 2,
      actors: 2000,
      ties: 10000,
      regionCodes: ['18'],
      geography,
    });
    expect(toImportCsv(other).relationships).not.toEqual(toImportCsv(kainuu).relationships);
  });

  it('does not change the ties when persons are asked for', () => {
    const withoutPersons = generateNetwork({
      seed: 1,
      actors: 2000,
      ties: 10000,
      regionCodes: ['18'],
      geography,
    });
    expect(withoutPersons.relationships).toEqual(kainuu.relationships);
    expect(withoutPersons.persons).toEqual([]);
  });

  it('makes exactly the requested numbers of actors, ties and persons', () => {
    expect(kainuu.actors).toHaveLength(2000);
    expect(kainuu.relationships).toHaveLength(10000);
    expect(kainuu.persons).toHaveLength(300);
  });

  it('never ties an actor to itself or the same pair twice, in either direction', () => {
    const pairs = new Set<string>();
    for (const r of kainuu.relationships) {
      expect(r.source_id).not.toBe(r.target_id);
      pairs.add(pairKey(r.source_id, r.target_id));
    }
    expect(pairs.size).toBe(kainuu.relationships.length);
  });

  it('uses only valid values, the chosen region’s municipalities and existing actors', () => {
    const codes = new Set(
      geography.municipalities.filter((m) => m.regionCode === '18').map((m) => m.code),
    );
    const ids = new Set(kainuu.actors.map((a) => a.id));
    expect(ids.size).toBe(kainuu.actors.length);
    // Collect the broken rows instead of asserting 10,000 times: faster, and the failure lists them.
    const badActors = kainuu.actors.filter(
      (a) =>
        !CATEGORIES.includes(a.category) ||
        (a.municipality_code === ''
          ? a.category !== 'authority_state'
          : !codes.has(a.municipality_code)) ||
        a.dimensions.some((d) => !DIMENSIONS.includes(d)) ||
        a.languages.length === 0 ||
        a.languages.some((code) => !LANGUAGE.test(code)) ||
        (a.email !== '' && !EMAIL.test(a.email)) ||
        (a.phone !== '' && !PHONE.test(a.phone)) ||
        (a.website !== '' && !WEBSITE.test(a.website)),
    );
    expect(badActors).toEqual([]);
    const badTies = kainuu.relationships.filter(
      (r) =>
        !ids.has(r.source_id) ||
        !ids.has(r.target_id) ||
        !RELATIONSHIP_TYPES.includes(r.type) ||
        ![1, 2, 3].includes(r.strength) ||
        !isYearOrDate(r.since),
    );
    expect(badTies).toEqual([]);
    const badPersons = kainuu.persons.filter(
      (p) =>
        !ids.has(p.actor_id) ||
        !/@example\.org$/.test(p.email) ||
        !/^\+358 40 555 \d{4}$/.test(p.phone) ||
        !LEGAL_BASES.includes(p.legal_basis),
    );
    expect(badPersons).toEqual([]);
  });

  it('has every category and every municipality of the region', () => {
    expect(new Set(kainuu.actors.map((a) => a.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(kainuu.actors.map((a) => a.municipality_code).filter(Boolean)).size).toBe(8);
  });

  it('uses every relationship type, with money flowing from authorities', () => {
    const category = new Map(kainuu.actors.map((a) => [a.id, a.category]));
    for (const type of RELATIONSHIP_TYPES) {
      expect(
        kainuu.relationships.some((r) => r.type === type),
        type,
      ).toBe(true);
    }
    for (const r of kainuu.relationships.filter((t) => t.type === 'FUNDS')) {
      expect(category.get(r.source_id)).toMatch(/^authority_/);
    }
  });

  it('has heavy-tailed degrees: hubs far above the median', () => {
    const degree = new Map<string, number>();
    for (const r of kainuu.relationships) {
      for (const end of [r.source_id, r.target_id]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    expect(sorted[sorted.length - 1]).toBeGreaterThan(8 * median);
  });

  it('ties actors mostly within their own municipality', () => {
    const municipality = new Map(kainuu.actors.map((a) => [a.id, a.municipality_code]));
    const local = kainuu.relationships.filter(
      (r) => municipality.get(r.source_id) === municipality.get(r.target_id),
    );
    // Kainuu has 8 municipalities; uniform ties would be local far less often than this.
    expect(local.length / kainuu.relationships.length).toBeGreaterThan(0.6);
  });

  it('spreads a national network over every region', () => {
    const national = generateNetwork({ seed: 3, actors: 5000, ties: 20000, geography });
    const regionOf = new Map(geography.municipalities.map((m) => [m.code, m.regionCode]));
    const regions = new Set(
      national.actors.map((a) => regionOf.get(a.municipality_code)).filter(Boolean),
    );
    expect(regions.size).toBe(geography.regions.length);
  });

  it('refuses requests it cannot meet exactly', () => {
    expect(() => generateNetwork({ seed: 1, actors: 10, ties: 30, geography })).toThrow(
      /too dense/,
    );
    expect(() =>
      generateNetwork({ seed: 1, actors: 10, ties: 5, regionCodes: ['99'], geography }),
    ).toThrow(/unknown region/);
    expect(() => generateNetwork({ seed: 1.5, actors: 10, ties: 5, geography })).toThrow(/seed/);
    expect(() => generateNetwork({ seed: 1, actors: -1, ties: 0, geography })).toThrow(/actors/);
  });

  it('handles tiny networks, including the densest one it allows', () => {
    expect(generateNetwork({ seed: 1, actors: 0, ties: 0, geography })).toEqual({
      actors: [],
      persons: [],
      relationships: [],
    });
    const dense = generateNetwork({
      seed: 1,
      actors: 10,
      ties: 22,
      regionCodes: ['21'],
      geography,
    });
    expect(new Set(dense.relationships.map((r) => pairKey(r.source_id, r.target_id))).size).toBe(
      22,
    );
  });

  it('round-trips through writeImportFolder and csv-parse', () => {
    const folder = mkdtempSync(join(tmpdir(), 'graph-seed-gen-'));
    try {
      writeImportFolder(folder, kainuu);
      const read = readImportRecords(folder);
      expect(read.actors).toHaveLength(2000);
      expect(read.relationships).toHaveLength(10000);
      expect(read.persons).toHaveLength(300);
      kainuu.actors.forEach((a, i) => {
        expect(read.actors[i].description).toBe(a.description);
        expect(read.actors[i].languages).toBe(a.languages.join(';'));
      });
      expect(read.relationships[123]).toEqual({
        ...kainuu.relationships[123],
        strength: String(kainuu.relationships[123].strength),
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('generateNetwork at scale', () => {
  it('makes 50,000 actors and 250,000 ties in seconds', () => {
    const started = performance.now();
    const rows = generateNetwork({ seed: 1, actors: 50_000, ties: 250_000, geography });
    const elapsed = performance.now() - started;
    expect(rows.relationships).toHaveLength(250_000);
    // The target is well under 2 s (measured 0.6-1.1 s here); the bound leaves room for a busy CI box.
    expect(elapsed).toBeLessThan(4000);
  });
});
