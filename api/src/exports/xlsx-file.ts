import ExcelJS from 'exceljs';
import { neutraliseFormula } from './neutralise-formula';
import type { ExportTable } from './table';

/**
 * An XLSX workbook of one sheet: a bold, frozen header row, column widths, and every cell
 * written as a string (so "0400" stays "0400" and nothing is run as a formula; the
 * apostrophe of neutraliseFormula keeps the text the same in a CSV and an XLSX export).
 */
export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Verkosto';
  const sheet = workbook.addWorksheet(safeSheetName(table.name), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.header.map((header, i) => ({
    header,
    width: table.widths?.[i] ?? Math.min(60, Math.max(12, header.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(neutraliseFormula));
    added.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel refuses a sheet name over 31 characters or with : \ / ? * [ ]. */
function safeSheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';
}
