import { describe, expect, it } from 'vitest';
import type { ActorRecord, PersonRecord } from '../domain/records';
import { dedupeInvitees } from './dedupe-invitees';
import type { Invitee } from './invitee';

const actor = (id: string, email: string | null = null) => ({ id, name: id, email }) as ActorRecord;
const person = (id: string, actorId: string, email: string | null) =>
  ({ id, actorId, name: id, email }) as PersonRecord;
const invitee = (a: ActorRecord, p: PersonRecord | null = null): Invitee => ({
  actor: a,
  person: p,
  source: 'actor',
});

describe('dedupeInvitees', () => {
  it('keeps the first of the same person, the same address or the same actor without a person', () => {
    const a = actor('a', 'info@a.fi');
    const b = actor('b', 'INFO@A.fi ');
    const liisa = person('liisa', 'a', 'liisa@a.fi');
    const { accepted, skipped } = dedupeInvitees(
      [invitee(a, liisa), invitee(a, liisa), invitee(a), invitee(b), invitee(a)],
      [],
    );
    expect(accepted.map((i) => [i.actor.id, i.person?.id ?? null, i.emailKey])).toEqual([
      ['a', 'liisa', 'liisa@a.fi'],
      ['a', null, 'info@a.fi'],
    ]);
    expect(skipped.map((s) => s.reason)).toEqual(['same_person', 'same_email', 'same_email']);
  });

  it('skips what is already on the list', () => {
    const a = actor('a');
    const p = person('p', 'a', null);
    const { accepted, skipped } = dedupeInvitees(
      [invitee(a), invitee(a, p), invitee(actor('c'))],
      [{ actorId: 'a', personId: null, emailKey: null }],
    );
    expect(accepted.map((i) => i.person?.id ?? i.actor.id)).toEqual(['p', 'c']);
    expect(skipped).toEqual([{ invitee: invitee(a), reason: 'same_actor' }]);
  });

  it('lets two people of one actor without e-mail addresses both be invited', () => {
    const a = actor('a');
    const { accepted } = dedupeInvitees(
      [invitee(a, person('p', 'a', null)), invitee(a, person('q', 'a', null))],
      [],
    );
    expect(accepted).toHaveLength(2);
  });
});
