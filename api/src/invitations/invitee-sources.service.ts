import { Inject, Injectable } from '@nestjs/common';
import { ActorsService } from '../actors/actors.service';
import type { AnalysisScope } from '../analysis';
import type { EventRecord } from '../domain/event-records';
import { InputError, type InputIssue } from '../domain/input-error';
import type { ActorRecord, PersonRecord } from '../domain/records';
import { effectiveProfileId } from '../events/events.service';
import { NetworkInsightsService } from '../insights/network-insights.service';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import type { InvitationSourcesInput, InviteeScopeInput } from './dto/invitation-sources.input';
import { defaultContact, type Invitee, type InviteeSource } from './invitee';

/**
 * Turns the list builder's sources (hand-picked actors and persons, the current filters,
 * key actors, gap suggestions) into proposed invitees, in that order, each with the contact
 * person it goes to. Duplicates are left for dedupeInvitees to remove.
 */
@Injectable()
export class InviteeSourcesService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly actors: ActorsService,
    private readonly insights: NetworkInsightsService,
  ) {}

  async resolve(event: EventRecord, sources: InvitationSourcesInput): Promise<Invitee[]> {
    const picked = await this.picked(sources);
    const byActor: { actor: ActorRecord; source: InviteeSource }[] = [];
    if (sources.filter) {
      const limit = bounded(sources.filter.limit, 200, 500, 'sources.filter.limit');
      const page = await this.actors.list(sources.filter.filter, limit);
      byActor.push(...page.nodes.map((actor) => ({ actor, source: 'filter' as const })));
    }
    if (sources.keyActors) {
      const limit = bounded(sources.keyActors.limit, 10, 100, 'sources.keyActors.limit');
      const scope = scopeOf(event, sources.keyActors.scope);
      const ranked = await this.insights.keyActors(
        scope,
        sources.keyActors.metric ?? 'BETWEENNESS',
        limit,
      );
      byActor.push(...ranked.map((k) => ({ actor: k.actor, source: 'key_actor' as const })));
    }
    if (sources.gapSuggestions) {
      byActor.push(...(await this.gapSuggestions(event, sources)));
    }
    const withContacts = await Promise.all(
      byActor.map(async ({ actor, source }) => ({
        actor,
        person: defaultContact(await this.store.listPersons(actor.id)),
        source,
      })),
    );
    return [...picked, ...withContacts];
  }

  private async gapSuggestions(
    event: EventRecord,
    sources: InvitationSourcesInput,
  ): Promise<{ actor: ActorRecord; source: InviteeSource }[]> {
    const input = sources.gapSuggestions!;
    const limit = bounded(input.limit, 20, 200, 'sources.gapSuggestions.limit');
    const profile = await this.insights.profile(
      input.profileId ?? effectiveProfileId(event),
      'sources.gapSuggestions.profileId',
    );
    const wanted = input.gapIds?.length ? new Set(input.gapIds) : null;
    const gaps = await this.insights.gaps(scopeOf(event, input.scope), profile);
    const ids: string[] = [];
    for (const gap of gaps) {
      if (wanted && !wanted.has(gap.id)) continue;
      for (const s of gap.suggestions) if (!ids.includes(s.actorId)) ids.push(s.actorId);
    }
    const actors = new Map(
      (await this.store.getActorsByIds(ids.slice(0, limit))).map((a) => [a.id, a]),
    );
    return ids
      .slice(0, limit)
      .flatMap((id) =>
        actors.has(id) ? [{ actor: actors.get(id)!, source: 'gap_suggestion' as const }] : [],
      );
  }

  /** Hand-picked actors and persons; each missing one is named by its field. */
  private async picked(sources: InvitationSourcesInput): Promise<Invitee[]> {
    const issues: InputIssue[] = [];
    const result: Invitee[] = [];
    for (const [i, pick] of (sources.actors ?? []).entries()) {
      const actor = await this.store.getActor(pick.actorId);
      if (!actor) {
        issues.push(missing(`sources.actors.${i}.actorId`, pick.actorId));
        continue;
      }
      const persons = await this.store.listPersons(actor.id);
      let person: PersonRecord | null = null;
      if (pick.personId) {
        person =
          persons.find((p) => p.id === pick.personId || p.externalId === pick.personId) ?? null;
        if (!person) {
          issues.push({
            field: `sources.actors.${i}.personId`,
            rule: 'exists',
            message: `"${pick.personId}" is not a contact person of ${actor.name}`,
          });
          continue;
        }
      } else if (!pick.actorAddress) {
        person = defaultContact(persons);
      }
      result.push({ actor, person, source: 'actor' });
    }
    for (const [i, personId] of (sources.persons ?? []).entries()) {
      const person = await this.store.getPerson(personId);
      const actor = person ? await this.store.getActor(person.actorId) : null;
      if (!person || !actor) {
        issues.push(missing(`sources.persons.${i}`, personId));
        continue;
      }
      result.push({ actor, person, source: 'person' });
    }
    if (issues.length > 0) throw new InputError(issues);
    return result;
  }
}

function scopeOf(event: EventRecord, scope: InviteeScopeInput | null | undefined): AnalysisScope {
  if (scope?.regionCode || scope?.municipalityCodes?.length) {
    return {
      regionCode: scope.regionCode ?? null,
      municipalityCodes: scope.municipalityCodes ?? null,
    };
  }
  return { regionCode: event.regionCode };
}

function bounded(
  value: number | null | undefined,
  fallback: number,
  max: number,
  field: string,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw InputError.single(field, 'range', `must be from 1 to ${max}`);
  }
  return n;
}

function missing(field: string, value: string): InputIssue {
  return { field, rule: 'exists', message: `refers to "${value}", which does not exist` };
}
