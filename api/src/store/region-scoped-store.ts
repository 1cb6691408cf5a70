import { ForbiddenError } from '../auth/access-errors';
import { currentRegionScope, regionScopeKey, type RegionScope } from '../auth/region-scope';
import type { ActorRecord } from '../domain/records';
import type { GraphStore, ImportBatch } from './graph-store';
import { MissingReferenceError, NotFoundError, type EntityKind } from './store-errors';

/**
 * The store as the signed-in user may use it. Every service gets this wrapper, so the region
 * rules hold in one place for every query, export and analysis: a record outside the user's
 * regions reads as missing (null, left out of lists, NotFoundError on a write), exactly as
 * if it did not exist; a visible record the user may not change (a national one, for a
 * regional editor) is ForbiddenError. Users of all regions, and work outside a request,
 * reach the store unchanged.
 */
export function regionScopedStore(inner: GraphStore): GraphStore {
  // One set of methods per set of regions, built at its first use, not on every call.
  const byScope = new Map<string, Methods>();
  return new Proxy(inner, {
    get(target, property, receiver) {
      const scope = currentRegionScope();
      if (scope.regions) {
        const key = regionScopeKey(scope)!;
        let methods = byScope.get(key);
        if (!methods) byScope.set(key, (methods = scopedMethods(target, scope)));
        const method = methods[property as keyof GraphStore];
        if (method) return method;
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

type Methods = Partial<GraphStore>;

function scopedMethods(store: GraphStore, scope: RegionScope): Methods {
  const regions = [...scope.regions!];
  const seen = (actor: ActorRecord | null) =>
    actor && scope.canSee(actor.regionCode) ? actor : null;

  /** The actor if the user may see it, else NotFoundError, as for a missing one. */
  const visibleActor = async (id: string, entity: EntityKind = 'Actor') => {
    const actor = seen(await store.getActor(id));
    if (!actor) throw new NotFoundError(entity, id);
    return actor;
  };
  const editable = (regionCode: string | null, what: string) => {
    if (!scope.canEdit(regionCode)) {
      throw new ForbiddenError(
        regionCode === null
          ? `Only a user of all regions may change a national ${what}.`
          : `You may change ${what}s only in your own regions.`,
      );
    }
  };
  const visibleIds = async (ids: readonly string[]) =>
    new Set(
      (await store.getActorsByIds(ids)).filter((a) => scope.canSee(a.regionCode)).map((a) => a.id),
    );
  const referenced = async (field: string, id: string) => {
    if (!seen(await store.getActor(id))) throw new MissingReferenceError(field, id);
  };
  const visibleEvent = async (id: string) => {
    const event = await store.getEvent(id);
    if (!event || !scope.canSee(event.regionCode)) throw new NotFoundError('Event', id);
    return event;
  };
  const editableEvent = async (id: string) => {
    const event = await visibleEvent(id);
    editable(event.regionCode, 'event');
    return event;
  };
  const invitationEvent = async (id: string) => {
    const invitation = await store.getInvitation(id);
    if (!invitation) throw new NotFoundError('Invitation', id);
    await editableEvent(invitation.eventId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('Invitation', id) : error;
    });
  };
  const visiblePlan = async (id: string) => {
    const plan = await store.getPlan(id);
    if (!plan || !scope.canSee(plan.regionCode)) throw new NotFoundError('Plan', id);
    return plan;
  };
  const tieEnds = async (sourceId: string, targetId: string) => {
    const ends = await store.getActorsByIds([sourceId, targetId]);
    return ends.every((a) => scope.canSee(a.regionCode)) ? ends : null;
  };

  return {
    getActor: async (id) => seen(await store.getActor(id)),
    getActorsByIds: async (ids) =>
      (await store.getActorsByIds(ids)).filter((a) => scope.canSee(a.regionCode)),
    findActors: (filter, page) =>
      store.findActors({ ...filter, visibleRegionCodes: regions }, page),
    loadNetwork: async (networkScope) => {
      const network = await store.loadNetwork({ ...networkScope, visibleRegionCodes: regions });
      const outsideNodes = network.outsideNodes.filter((a) => scope.canSee(a.regionCode));
      const known = new Set([...network.nodes, ...outsideNodes].map((a) => a.id));
      const edges = network.edges.filter((e) => known.has(e.sourceId) && known.has(e.targetId));
      return { nodes: network.nodes, edges, outsideNodes };
    },
    resolveActorRefs: async (refs) => {
      const resolved = await store.resolveActorRefs(refs);
      const visible = await visibleIds([...resolved.values()]);
      return new Map([...resolved].filter(([, id]) => visible.has(id)));
    },
    createActor: (fields) => {
      editable(fields.regionCode, 'actor');
      return store.createActor(fields);
    },
    updateActor: async (id, version, fields) => {
      editable((await visibleActor(id)).regionCode, 'actor');
      editable(fields.regionCode, 'actor');
      return store.updateActor(id, version, fields);
    },
    deleteActor: async (id, version) => {
      editable((await visibleActor(id)).regionCode, 'actor');
      return store.deleteActor(id, version);
    },

    getPerson: async (id) => {
      const person = await store.getPerson(id);
      return person && seen(await store.getActor(person.actorId)) ? person : null;
    },
    findPersonsDueForReview: async (before) => {
      const persons = await store.findPersonsDueForReview(before);
      const visible = await visibleIds(persons.map((p) => p.actorId));
      return persons.filter((p) => visible.has(p.actorId));
    },
    listPersons: async (actorId) =>
      seen(await store.getActor(actorId)) ? store.listPersons(actorId) : [],
    createPerson: async (fields) => {
      await referenced('actorId', fields.actorId);
      editable((await visibleActor(fields.actorId)).regionCode, 'contact person');
      return store.createPerson(fields);
    },
    updatePerson: async (id, version, fields) => {
      const person = await store.getPerson(id);
      if (!person) throw new NotFoundError('Person', id);
      editable((await visibleActor(person.actorId, 'Person')).regionCode, 'contact person');
      await referenced('actorId', fields.actorId);
      editable((await visibleActor(fields.actorId)).regionCode, 'contact person');
      return store.updatePerson(id, version, fields);
    },
    deletePerson: async (id, version) => {
      const person = await store.getPerson(id);
      if (!person) throw new NotFoundError('Person', id);
      editable((await visibleActor(person.actorId, 'Person')).regionCode, 'contact person');
      return store.deletePerson(id, version);
    },

    getRelationship: async (id) => {
      const tie = await store.getRelationship(id);
      return tie && (await tieEnds(tie.sourceId, tie.targetId)) ? tie : null;
    },
    listRelationships: async (actorId) => {
      if (!seen(await store.getActor(actorId))) return [];
      const ties = await store.listRelationships(actorId);
      const visible = await visibleIds(ties.flatMap((t) => [t.sourceId, t.targetId]));
      return ties.filter((t) => visible.has(t.sourceId) && visible.has(t.targetId));
    },
    createRelationship: async (fields) => {
      await referenced('sourceId', fields.sourceId);
      await referenced('targetId', fields.targetId);
      const ends = (await tieEnds(fields.sourceId, fields.targetId))!;
      editable(oneEditable(ends, scope), 'relationship');
      return store.createRelationship(fields);
    },
    updateRelationship: async (id, version, fields) => {
      const tie = await store.getRelationship(id);
      const ends = tie && (await tieEnds(tie.sourceId, tie.targetId));
      if (!ends) throw new NotFoundError('Relationship', id);
      editable(oneEditable(ends, scope), 'relationship');
      return store.updateRelationship(id, version, fields);
    },
    deleteRelationship: async (id, version) => {
      const tie = await store.getRelationship(id);
      const ends = tie && (await tieEnds(tie.sourceId, tie.targetId));
      if (!ends) throw new NotFoundError('Relationship', id);
      editable(oneEditable(ends, scope), 'relationship');
      return store.deleteRelationship(id, version);
    },

    applyImport: async (batch) => {
      await checkImport(store, scope, batch);
      return store.applyImport(batch);
    },

    getEvent: async (id) => {
      const event = await store.getEvent(id);
      return event && scope.canSee(event.regionCode) ? event : null;
    },
    findEvents: async (filter) =>
      (await store.findEvents(filter)).filter((e) => scope.canSee(e.regionCode)),
    createEvent: async (fields) => {
      editable(fields.regionCode, 'event');
      await referencedActors(
        fields.coOrganisers.map((c, i) => [`coOrganisers.${i}.actorId`, c.actorId]),
      );
      return store.createEvent(fields);
    },
    updateEvent: async (id, version, fields) => {
      await editableEvent(id);
      editable(fields.regionCode, 'event');
      await referencedActors(
        fields.coOrganisers.map((c, i) => [`coOrganisers.${i}.actorId`, c.actorId]),
      );
      return store.updateEvent(id, version, fields);
    },
    deleteEvent: async (id, version) => {
      await editableEvent(id);
      return store.deleteEvent(id, version);
    },
    getInvitation: async (id) => {
      const invitation = await store.getInvitation(id);
      if (!invitation) return null;
      const event = await store.getEvent(invitation.eventId);
      const visible =
        event && scope.canSee(event.regionCode) && seen(await store.getActor(invitation.actorId));
      return visible ? invitation : null;
    },
    listInvitations: async (eventId) => {
      const event = await store.getEvent(eventId);
      if (!event || !scope.canSee(event.regionCode)) return [];
      const invitations = await store.listInvitations(eventId);
      const visible = await visibleIds(invitations.map((i) => i.actorId));
      return invitations.filter((i) => visible.has(i.actorId));
    },
    addInvitations: async (eventId, invitations) => {
      await editableEvent(eventId);
      await referencedActors(
        invitations.map((row, i) => [`invitations.${i}.actorId`, row.actorId]),
      );
      return store.addInvitations(eventId, invitations);
    },
    updateInvitation: async (id, version, fields) => {
      await invitationEvent(id);
      return store.updateInvitation(id, version, fields);
    },
    setInvitationStatus: async (changes, status, at) => {
      for (const change of changes) await invitationEvent(change.id);
      return store.setInvitationStatus(changes, status, at);
    },
    deleteInvitation: async (id, version) => {
      await invitationEvent(id);
      return store.deleteInvitation(id, version);
    },
    // As findEvents and listInvitations: events of the user's regions, invitations there to
    // actors the user sees.
    findPersonEventLinks: async (personId) => {
      const links = await store.findPersonEventLinks(personId);
      const events = links.events.filter((e) => scope.canSee(e.regionCode));
      const shown = new Set(events.map((e) => e.id));
      const actors = await visibleIds(links.invitations.map((i) => i.actorId));
      return {
        events,
        invitations: links.invitations.filter((i) => shown.has(i.eventId) && actors.has(i.actorId)),
        speakerItems: links.speakerItems.filter((s) => shown.has(s.eventId)),
      };
    },
    listParticipation: async (actorIds) => {
      const rows = await store.listParticipation([...(await visibleIds(actorIds))]);
      const events = new Map<string, boolean>();
      for (const row of rows) {
        if (!events.has(row.eventId)) {
          const event = await store.getEvent(row.eventId);
          events.set(row.eventId, event !== null && scope.canSee(event.regionCode));
        }
      }
      return rows.filter((row) => events.get(row.eventId));
    },

    getPlan: async (id) => {
      const plan = await store.getPlan(id);
      return plan && scope.canSee(plan.regionCode) ? plan : null;
    },
    findPlans: async (filter) =>
      (await store.findPlans(filter)).filter((p) => scope.canSee(p.regionCode)),
    createPlan: (fields) => {
      editable(fields.regionCode, 'plan');
      return store.createPlan(fields);
    },
    updatePlan: async (id, version, fields) => {
      editable((await visiblePlan(id)).regionCode, 'plan');
      editable(fields.regionCode, 'plan');
      return store.updatePlan(id, version, fields);
    },
    deletePlan: async (id, version) => {
      editable((await visiblePlan(id)).regionCode, 'plan');
      return store.deletePlan(id, version);
    },
  };

  async function referencedActors(refs: [field: string, id: string][]) {
    const visible = await visibleIds(refs.map(([, id]) => id));
    const missing = refs.find(([, id]) => !visible.has(id));
    if (missing) throw new MissingReferenceError(missing[0], missing[1]);
  }
}

/** A tie may be changed by a user who may change either end: it belongs to both regions. */
function oneEditable(ends: ActorRecord[], scope: RegionScope): string | null {
  return ends.find((a) => scope.canEdit(a.regionCode))?.regionCode ?? ends[0]?.regionCode ?? null;
}

/**
 * An import may only write actors in the user's regions: new ones, and existing ones it
 * would update (found by external id). Persons and ties must point at actors the user sees.
 */
async function checkImport(
  store: GraphStore,
  scope: RegionScope,
  batch: ImportBatch,
): Promise<void> {
  batch.actors.forEach((actor, row) => {
    if (!scope.canEdit(actor.regionCode)) {
      throw new ForbiddenError(
        `actors.csv row ${row + 1} (${actor.externalId}): you may import actors only into your own regions.`,
      );
    }
  });
  const existing = await store.resolveActorRefs(batch.actors.map((a) => a.externalId));
  const current = await store.getActorsByIds([...existing.values()]);
  const foreign = current.find((a) => !scope.canEdit(a.regionCode));
  if (foreign) {
    throw new ForbiddenError(
      `actors.csv updates ${foreign.externalId ?? foreign.id}, which is outside your regions.`,
    );
  }
  const inBatch = new Set(batch.actors.map((a) => a.externalId));
  const refs = [
    ...batch.persons.map((p) => p.actorRef),
    ...batch.relationships.flatMap((r) => [r.sourceRef, r.targetRef]),
  ].filter((ref) => !inBatch.has(ref));
  const resolved = await store.resolveActorRefs(refs);
  const targets = await store.getActorsByIds([...resolved.values()]);
  const hidden = targets.find((a) => !scope.canSee(a.regionCode));
  if (hidden) throw new MissingReferenceError('actorRef', hidden.externalId ?? hidden.id);
}
