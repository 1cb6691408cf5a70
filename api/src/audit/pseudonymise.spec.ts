import { describe, expect, it } from 'vitest';
import { invitationTrace, personTrace } from './pseudonymise';

describe('audit traces', () => {
  it('keeps of a person the ids, legal basis and which fields were filled, never their values', () => {
    const person = {
      id: 'p1',
      actorId: 'a1',
      name: 'Maija Meikäläinen',
      title: 'Koordinaattori',
      email: 'maija@example.fi',
      phone: null,
      legalBasis: 'public_task',
      version: 3,
    };
    const trace = personTrace(person);
    expect(trace).toEqual({
      id: 'p1',
      actorId: 'a1',
      legalBasis: 'public_task',
      version: 3,
      filled: ['name', 'title', 'email'],
    });
    expect(JSON.stringify(trace)).not.toMatch(/Maija|maija@|Koordinaattori/);
    expect(personTrace(null)).toBeNull();
  });

  it('drops the address from invitations, one or many', () => {
    const row = { id: 'i1', personId: 'p1', emailKey: 'maija@example.fi', status: 'invited' };
    expect(invitationTrace(row)).toEqual({ id: 'i1', personId: 'p1', status: 'invited' });
    expect(invitationTrace([row])).toEqual([{ id: 'i1', personId: 'p1', status: 'invited' }]);
  });
});
