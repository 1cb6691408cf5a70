import { normaliseEmail } from '../domain/email-key';
import type { InvitationRecord } from '../domain/event-records';
import { addressOf, type Invitee, type SkipReason } from './invitee';

export interface Skipped {
  invitee: Invitee;
  reason: SkipReason;
}

export interface Deduped {
  accepted: (Invitee & { emailKey: string | null })[];
  skipped: Skipped[];
}

/**
 * The invitees that are new to the list, in the order given, each once: a person already
 * invited (or proposed earlier in the batch), an address already used (compared with
 * normaliseEmail), or an actor already invited without a contact person is skipped, with
 * the reason. The store refuses the same duplicates, so a race cannot slip one past this.
 */
export function dedupeInvitees(
  proposed: readonly Invitee[],
  existing: readonly Pick<InvitationRecord, 'actorId' | 'personId' | 'emailKey'>[],
): Deduped {
  const persons = new Set<string>();
  const emails = new Set<string>();
  const actorsWithoutPerson = new Set<string>();
  const remember = (actorId: string, personId: string | null, emailKey: string | null) => {
    if (personId) persons.add(personId);
    else actorsWithoutPerson.add(actorId);
    if (emailKey) emails.add(emailKey);
  };
  for (const e of existing) remember(e.actorId, e.personId, e.emailKey);

  const result: Deduped = { accepted: [], skipped: [] };
  for (const invitee of proposed) {
    const emailKey = normaliseEmail(addressOf(invitee));
    const reason: SkipReason | null =
      invitee.person && persons.has(invitee.person.id)
        ? 'same_person'
        : emailKey && emails.has(emailKey)
          ? 'same_email'
          : !invitee.person && actorsWithoutPerson.has(invitee.actor.id)
            ? 'same_actor'
            : null;
    if (reason) {
      result.skipped.push({ invitee, reason });
      continue;
    }
    remember(invitee.actor.id, invitee.person?.id ?? null, emailKey);
    result.accepted.push({ ...invitee, emailKey });
  }
  return result;
}
