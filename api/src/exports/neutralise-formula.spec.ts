import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './neutralise-formula';

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1:A2)', '+358 40 555 0100', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'prefixes an apostrophe to %j, which a spreadsheet would run as a formula',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it.each([
    'Kajaanin kaupunki',
    'Ääni=ääni',
    ' =leading space',
    "'already quoted",
    '',
    '3-2',
    'a@b.fi',
  ])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});
