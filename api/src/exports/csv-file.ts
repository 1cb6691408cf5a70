import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './neutralise-formula';
import type { ExportTable } from './table';

/**
 * CSV as Finnish Excel opens it with a double click: UTF-8 with a byte order mark (without
 * it Excel reads the bytes as Windows-1252 and ä turns into Ã¤), `;` between cells (Excel
 * in a Finnish locale expects it, because `,` is the decimal separator), CRLF line ends and
 * RFC 4180 quoting; every cell neutralised against formulas.
 */
export function toCsv(table: ExportTable): Buffer {
  const text = stringify(
    [table.header, ...table.rows].map((row) => row.map(neutraliseFormula)),
    {
      delimiter: ';',
      record_delimiter: '\r\n',
      bom: true,
    },
  );
  return Buffer.from(text, 'utf8');
}
