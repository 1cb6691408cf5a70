import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-file';

describe('toCsv', () => {
  const table = {
    name: 'T',
    header: ['Nimi', 'Huom'],
    rows: [
      ['Åsa; Öberg', 'rivi 1\nrivi 2'],
      ['"lainaus"', '=1+1'],
    ],
  };

  it('writes UTF-8 with a BOM, ";" between cells and CRLF between rows', () => {
    const bytes = toCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1, 12)).toBe('Nimi;Huom\r\n');
  });

  it('quotes as RFC 4180 says, so an independent parser reads the cells back exactly', () => {
    const rows = parse(toCsv(table), { bom: true, delimiter: ';' });
    expect(rows).toEqual([
      ['Nimi', 'Huom'],
      ['Åsa; Öberg', 'rivi 1\nrivi 2'],
      ['"lainaus"', "'=1+1"],
    ]);
    expect(toCsv(table).toString('utf8')).toContain('"""lainaus"""');
  });
});
