import { describe, expect, it } from 'vitest';
import { orNull, textsOf } from './form-text';

describe('form text', () => {
  it('sends text trimmed, and a blank field as null', () => {
    expect(orNull('  Kajaani ')).toBe('Kajaani');
    expect(orNull('   ')).toBeNull();
    expect(orNull('')).toBeNull();
  });

  it("opens a record's missing text as blanks, and only the fields asked for", () => {
    const record = { title: 'Paneeli', place: null, description: 'Keskustelu', id: 'e1' };
    expect(textsOf(record, ['place', 'description'])).toEqual({
      place: '',
      description: 'Keskustelu',
    });
  });
});
