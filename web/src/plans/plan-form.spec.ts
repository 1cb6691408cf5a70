import { describe, expect, it } from 'vitest';
import {
  emptyPlanForm,
  planToForm,
  toCreatePlanInput,
  toUpdatePlanInput,
  toYear,
} from './plan-form';

const plan = {
  title: 'Kainuun kotoutumisohjelma',
  periodStart: 2027,
  periodEnd: 2029,
  municipalityCode: null,
  description: null,
  goals: [{ title: 'Yhteinen arki', description: null }],
  measures: [],
};

describe('emptyPlanForm', () => {
  it('starts a three-year period from this year', () => {
    const values = emptyPlanForm(new Date('2026-12-02'));
    expect([values.periodStart, values.periodEnd]).toEqual(['2026', '2028']);
  });
});

describe('toCreatePlanInput', () => {
  it('makes a plan of the region, years as numbers, empty text as not set', () => {
    const input = toCreatePlanInput(
      { ...planToForm(plan), title: ' Kainuun kotoutumisohjelma ', description: ' ' },
      '18',
    );
    expect(input).toEqual({
      title: 'Kainuun kotoutumisohjelma',
      regionCode: '18',
      municipalityCode: null,
      periodStart: 2027,
      periodEnd: 2029,
      description: null,
      goals: [{ title: 'Yhteinen arki', description: null }],
      measures: [],
    });
  });

  it('sends a year that is not a number as 0, for the API to name the field', () => {
    expect(
      toCreatePlanInput({ ...emptyPlanForm(), periodStart: 'ensi vuosi' }, '18').periodStart,
    ).toBe(0);
  });
});

describe('the area of a plan', () => {
  it('makes a municipal plan when a municipality is chosen, and its region follows', () => {
    const values = { ...planToForm(plan), municipalityCode: '205' };
    expect(toCreatePlanInput(values, '18')).toMatchObject({ municipalityCode: '205' });
    expect(toCreatePlanInput(values, '18')).not.toHaveProperty('regionCode');
    expect(toUpdatePlanInput(values, '18')).toMatchObject({ municipalityCode: '205' });
  });

  it("turns a municipal plan back into the region's own", () => {
    const values = { ...planToForm({ ...plan, municipalityCode: '205' }), municipalityCode: '' };
    expect(toUpdatePlanInput(values, '18')).toMatchObject({
      municipalityCode: null,
      regionCode: '18',
    });
  });
});

describe('toYear', () => {
  it('reads a whole year and nothing else', () => {
    expect(toYear(' 2027 ')).toBe(2027);
    expect(Number.isNaN(toYear('2027.5'))).toBe(true);
  });
});
