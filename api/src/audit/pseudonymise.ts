const PERSON_FIELDS = ['name', 'title', 'email', 'phone'] as const;

/**
 * What the audit log keeps of a contact person: the ids, the legal basis and which personal
 * fields were filled, never their values. The log is append-only, so it must not hold what
 * an erasure has to remove; the person's id (a random UUID) is the pseudonymous trace.
 */
export function personTrace(record: unknown): unknown {
  if (!record || typeof record !== 'object') return record;
  const person = record as Record<string, unknown>;
  return {
    id: person.id,
    actorId: person.actorId,
    legalBasis: person.legalBasis,
    version: person.version,
    filled: PERSON_FIELDS.filter((field) => person[field] != null),
  };
}

/** An invitation without the e-mail address it went to (the person's or the actor's). */
export function invitationTrace(record: unknown): unknown {
  if (Array.isArray(record)) return record.map(invitationTrace);
  if (!record || typeof record !== 'object') return record;
  const { emailKey: _address, ...rest } = record as Record<string, unknown>;
  return rest;
}
