import { describe, expect, it } from 'vitest';
import { emptyEventForm, eventToForm, toCreateInput, toUpdateInput } from './event-form';

const event = {
  kind: 'panel' as const,
  status: 'planned' as const,
  title: 'Väestösuhteiden tila Kainuussa',
  date: '2026-11-12',
  endDate: null,
  startTime: '13:00',
  endTime: '16:00',
  place: null,
  municipalityCode: '205',
  description: null,
  profileId: 'regional_panel',
  coOrganisers: [
    {
      actorId: 'a1',
      tasks: ['venue' as const],
      costSharePercent: 50,
      note: null,
      actor: { name: 'Kajaanin kaupunki' },
    },
  ],
  programme: [
    {
      kind: 'expert_talk' as const,
      startTime: '13:10',
      title: 'Mitä hyvät väestösuhteet ovat?',
      speakers: [{ actorId: null, personId: null, name: 'Dosentti Keränen', actor: null }],
    },
  ],
};

describe('eventToForm', () => {
  it('shows a field that is not set as empty text', () => {
    const form = eventToForm(event);
    expect(form.place).toBe('');
    expect(form.endDate).toBe('');
    expect(form.startTime).toBe('13:00');
  });
});

describe('toCreateInput', () => {
  it('sends empty and blank text as not set, and trims the rest', () => {
    const input = toCreateInput(
      { ...emptyEventForm(), title: '  Foorumi  ', date: '2026-05-28', place: '   ' },
      '18',
    );
    expect(input.title).toBe('Foorumi');
    expect(input.place).toBeNull();
    expect(input.profileId).toBeNull();
  });

  it('makes an event without a municipality a regional one', () => {
    const input = toCreateInput({ ...emptyEventForm(), title: 'x', date: '2026-05-28' }, '18');
    expect(input.municipalityCode).toBeNull();
    expect(input.regionCode).toBe('18');
  });
});

describe('toUpdateInput', () => {
  it('round-trips an unchanged event to the same fields', () => {
    const { coOrganisers, programme, ...own } = event;
    const input = toUpdateInput(eventToForm(event), '18');
    expect(input).toMatchObject({ ...own, regionCode: '18' });
    expect(input.coOrganisers).toEqual([
      { actorId: coOrganisers[0].actorId, tasks: ['venue'], costSharePercent: 50, note: null },
    ]);
    expect(input.programme).toEqual([
      {
        kind: 'expert_talk',
        startTime: '13:10',
        title: programme[0].title,
        speakers: [{ actorId: null, personId: null, name: 'Dosentti Keränen' }],
      },
    ]);
  });

  it('clears a field the user emptied (null, not left out)', () => {
    const input = toUpdateInput({ ...eventToForm(event), endTime: '' }, '18');
    expect(input).toHaveProperty('endTime', null);
  });
});
