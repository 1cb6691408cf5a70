/**
 * A spreadsheet runs a cell that begins with =, +, -, @, a tab or a carriage return as a
 * formula (CSV injection, OWASP). Exports prefix such a cell with an apostrophe, which Excel
 * and LibreOffice show as text; the register itself keeps the value as it was given.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
