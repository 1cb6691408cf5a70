import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../vocabulary';
import {
  addActor,
  emptyMeasure,
  move,
  toggleDimension,
  toMeasureDrafts,
  toMeasureInputs,
  type MeasureSource,
} from './measures';

const source: MeasureSource = {
  title: 'Kylätalon avoimet illat',
  description: null,
  goal: 0,
  dimensions: ['interaction'],
  responsibleActorIds: ['a1'],
  partnerActorIds: ['a2', 'gone'],
  responsibleActors: [{ id: 'a1', name: 'Kuhmon kaupunki' }],
  partners: [{ id: 'a2', name: 'Kuhmon seurakunta' }],
  startDate: '2027-01-01',
  endDate: null,
  status: 'ongoing',
};

describe('toMeasureDrafts / toMeasureInputs', () => {
  it('names the actors for the form and sends them back by id', () => {
    const [draft] = toMeasureDrafts([source]);
    expect(draft.responsible).toEqual([{ id: 'a1', name: 'Kuhmon kaupunki' }]);
    expect(draft.partners.map((p) => p.name)).toEqual(['Kuhmon seurakunta', 'gone']);
    expect(toMeasureInputs([draft])).toEqual([
      {
        title: 'Kylätalon avoimet illat',
        description: null,
        goal: 0,
        dimensions: ['interaction'],
        responsibleActorIds: ['a1'],
        partnerActorIds: ['a2', 'gone'],
        startDate: '2027-01-01',
        endDate: null,
        status: 'ongoing',
      },
    ]);
  });

  it('sends empty text as not set and trims the title', () => {
    const input = toMeasureInputs([{ ...emptyMeasure(), title: '  Kielikahvila ' }])[0];
    expect(input).toMatchObject({ title: 'Kielikahvila', goal: null, startDate: null });
    expect(input.status).toBe('planned');
  });

  it('gives every draft its own key, so reordered rows keep their inputs', () => {
    expect(emptyMeasure().key).not.toBe(emptyMeasure().key);
  });
});

describe('toggleDimension', () => {
  it('ticks and unticks, keeping the legend’s order', () => {
    expect(toggleDimension(['participation'], 'attitudes', DIMENSIONS)).toEqual([
      'attitudes',
      'participation',
    ]);
    expect(toggleDimension(['attitudes', 'safety'], 'attitudes', DIMENSIONS)).toEqual(['safety']);
  });
});

describe('addActor', () => {
  it('adds an actor once', () => {
    const one = addActor([], { id: 'a1', name: 'Kajaani' });
    expect(addActor(one, { id: 'a1', name: 'Kajaani' })).toHaveLength(1);
  });
});

describe('move', () => {
  it('swaps an item with its neighbour', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('moves nothing past an end', () => {
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
