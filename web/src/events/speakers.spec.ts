import { describe, expect, it } from 'vitest';
import { speakerLabel } from './speakers';

const actor = {
  name: 'Kainuun liitto',
  persons: [{ id: 'p1', name: 'Aino Aaltonen', title: 'suunnittelija' }],
};

describe('speakerLabel', () => {
  it('names someone outside the register by the name given', () => {
    expect(speakerLabel({ name: 'Dosentti Laura Keränen', personId: null, actor: null })).toBe(
      'Dosentti Laura Keränen',
    );
  });

  it('names a contact person with title and actor', () => {
    expect(speakerLabel({ name: null, personId: 'p1', actor })).toBe(
      'Aino Aaltonen (suunnittelija), Kainuun liitto',
    );
  });

  it('falls back to the actor when the person is gone or not named', () => {
    expect(speakerLabel({ name: null, personId: 'gone', actor })).toBe('Kainuun liitto');
    expect(speakerLabel({ name: null, personId: null, actor })).toBe('Kainuun liitto');
  });
});
