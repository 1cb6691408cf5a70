import { describe, expect, it } from 'vitest';
import type { ActorFieldsFragment } from '../api/generated/graphql';
import { actorToForm, toUpdateActorInput } from './actor-form';

const actor: ActorFieldsFragment = {
  id: 'a1',
  name: 'Kajaanin Latu',
  category: 'ngo',
  subcategory: null,
  description: 'Hiihtoseura',
  email: null,
  phone: '040 123',
  website: null,
  languages: [],
  dimensions: ['participation'],
  tags: [],
  municipalityCode: '205',
  regionCode: '18',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 2,
  municipality: null,
};

describe('the actor edit form', () => {
  it('opens with the actor as it is, blanks for what it lacks', () => {
    expect(actorToForm(actor)).toEqual({
      name: 'Kajaanin Latu',
      category: 'ngo',
      subcategory: '',
      municipality: '205',
      email: '',
      phone: '040 123',
      website: '',
      description: 'Hiihtoseura',
      dimensions: ['participation'],
    });
  });

  it('sends trimmed text, blanks as null, and no municipality that did not change', () => {
    const values = { ...actorToForm(actor), name: ' Latu ', email: '  ', website: ' x.fi ' };
    expect(toUpdateActorInput(values, actor)).toEqual({
      name: 'Latu',
      category: 'ngo',
      subcategory: null,
      email: null,
      phone: '040 123',
      website: 'x.fi',
      description: 'Hiihtoseura',
      dimensions: ['participation'],
    });
  });

  it('sends a new municipality, and none for a national actor left without one', () => {
    const moved = { ...actorToForm(actor), municipality: '105' };
    expect(toUpdateActorInput(moved, actor).municipalityCode).toBe('105');
    const national = { ...actor, municipalityCode: null };
    expect(toUpdateActorInput(actorToForm(national), national)).not.toHaveProperty(
      'municipalityCode',
    );
  });
});
