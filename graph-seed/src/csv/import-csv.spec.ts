import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportRows } from '../import-rows';
import { toImportCsv } from './import-csv';
import { readImportRecords } from './read-import-records';
import { writeImportFolder } from './write-import-folder';

const TRICKY = [
  'plain',
  'comma, inside',
  'a "quoted" word',
  '"starts and ends with quotes"',
  'line\nbreak',
  'windows\r\nline break',
  '  leading and trailing spaces  ',
  'ääkköset ja 🙂',
  '=SUM(A1:A2)',
];

function rowsWith(text: string, i: number): ImportRows {
  return {
    actors: [
      {
        id: `t-${i}`,
        name: text,
        category: 'ngo',
        subcategory: text,
        municipality_code: '205',
        email: '',
        phone: '',
        website: '',
        languages: ['fi', 'sv'],
        dimensions: ['attitudes', 'safety'],
        tags: ['a, b', 'c "d"'],
        description: text,
      },
    ],
    persons: [
      {
        id: `p-${i}`,
        actor_id: `t-${i}`,
        name: text,
        title: '',
        email: 'x@example.org',
        phone: '+358 40 555 0100',
        legal_basis: 'consent',
        source: text,
      },
    ],
    relationships: [
      {
        source_id: `t-${i}`,
        target_id: 'other',
        type: 'FUNDS',
        strength: 3,
        since: '2019-05-01',
        note: text,
      },
    ],
  };
}

describe('writeImportFolder', () => {
  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it.each(TRICKY.map((text, i) => [JSON.stringify(text), text, i] as const))(
    'round-trips %s through csv-parse unchanged',
    (_label, text, i) => {
      folder = mkdtempSync(join(tmpdir(), 'graph-seed-csv-'));
      writeImportFolder(folder, rowsWith(text, i));
      const read = readImportRecords(folder);
      expect(read.actors[0]).toMatchObject({
        name: text,
        subcategory: text,
        description: text,
        languages: 'fi;sv',
        dimensions: 'attitudes;safety',
        tags: 'a, b;c "d"',
      });
      expect(read.persons[0]).toMatchObject({ name: text, source: text, title: '' });
      expect(read.relationships[0]).toMatchObject({ note: text, strength: '3', type: 'FUNDS' });
    },
  );

  it('quotes only the cells that need it, doubling inner quotes (RFC 4180)', () => {
    const csv = toImportCsv(rowsWith('say "hi", then go', 0)).relationships;
    expect(csv).toBe(
      'source_id,target_id,type,strength,since,note\n' +
        't-0,other,FUNDS,3,2019-05-01,"say ""hi"", then go"\n',
    );
  });

  it('writes the three files with their headers even when there are no rows', () => {
    folder = mkdtempSync(join(tmpdir(), 'graph-seed-csv-'));
    writeImportFolder(folder, { actors: [], persons: [], relationships: [] });
    expect(readFileSync(join(folder, 'persons.csv'), 'utf8')).toBe(
      'id,actor_id,name,title,email,phone,legal_basis,source\n',
    );
  });

  it('refuses a list item that contains the list separator', () => {
    const rows = rowsWith('x', 0);
    rows.actors[0].tags = ['one;two'];
    expect(() => toImportCsv(rows)).toThrow(/separator/);
  });
});
