import type { EventFields, PlanFields } from '../domain/event-records';
import { roleLinks, speakerLinks } from './event-links';
import type { NewInvitation } from './event-store';
import { MissingReferenceError } from './store-errors';

/**
 * Every actor and person an event, a batch of invitations or a plan names, with the field
 * that names it, in the order the contract reports the first missing one. An adapter that
 * reads existence in bulk (Neo4j) checks them with checkReferences.
 */
export interface Reference {
  actorField: string;
  actorId: string;
  personField?: string;
  personId?: string | null;
}

export function eventReferences(fields: EventFields): Reference[] {
  return [
    ...fields.coOrganisers.map((o, i) => ({
      actorField: `coOrganisers.${i}.actorId`,
      actorId: o.actorId,
    })),
    ...speakerLinks(fields.programme).map((l) => {
      const path = `programme.${l.item}.speakers.${l.position}`;
      return {
        actorField: `${path}.actorId`,
        actorId: l.actorId,
        personField: `${path}.personId`,
        personId: l.personId,
      };
    }),
  ];
}

export function invitationReferences(invitations: readonly NewInvitation[]): Reference[] {
  return invitations.map((inv, i) => ({
    actorField: `invitations.${i}.actorId`,
    actorId: inv.actorId,
    personField: `invitations.${i}.personId`,
    personId: inv.personId,
  }));
}

export function planReferences(fields: PlanFields): Reference[] {
  return roleLinks(fields.measures).map((l) => ({
    actorField: `measures.${l.measure}.${l.role === 'responsible' ? 'responsibleActorIds' : 'partnerActorIds'}.${l.position}`,
    actorId: l.actorId,
  }));
}

/** Throws MissingReferenceError for the first actor missing, or person missing or of another actor. */
export function checkReferences(
  references: readonly Reference[],
  actors: ReadonlySet<string>,
  personActors: ReadonlyMap<string, string>,
): void {
  for (const ref of references) {
    if (!actors.has(ref.actorId)) throw new MissingReferenceError(ref.actorField, ref.actorId);
    if (ref.personId != null && personActors.get(ref.personId) !== ref.actorId) {
      throw new MissingReferenceError(ref.personField ?? 'personId', ref.personId);
    }
  }
}
