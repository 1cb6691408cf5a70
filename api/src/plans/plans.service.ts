import { Inject, Injectable } from '@nestjs/common';
import { actorRef } from '../common/references';
import { assertCurrentVersion, definedOnly } from '../common/patch';
import type { PlanFields, PlanRecord } from '../domain/event-records';
import { validatePlanFields } from '../domain/plan-rules';
import { GeographyService } from '../geography/geography.service';
import { NetworkInsightsService } from '../insights/network-insights.service';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { NotFoundError } from '../store/store-errors';
import type { CreatePlanInput, PlanFilterInput, UpdatePlanInput } from './dto/plan.input';
import { reviewPlan, type PlanReview } from './plan-review';

/** How many of the area's key actors the plan review checks for a role. */
const KEY_ACTORS_CHECKED = 10;

@Injectable()
export class PlansService {
  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly geography: GeographyService,
    private readonly insights: NetworkInsightsService,
  ) {}

  list(filter: PlanFilterInput | null | undefined): Promise<PlanRecord[]> {
    return this.store.findPlans({
      regionCode: filter?.regionCode ?? undefined,
      municipalityCode: filter?.municipalityCode ?? undefined,
    });
  }

  get(id: string): Promise<PlanRecord | null> {
    return this.store.getPlan(id);
  }

  async require(id: string): Promise<PlanRecord> {
    const plan = await this.store.getPlan(id);
    if (!plan) throw new NotFoundError('Plan', id);
    return plan;
  }

  async create(input: CreatePlanInput): Promise<PlanRecord> {
    return this.store.createPlan(await this.validFields(input));
  }

  async update(id: string, version: number, patch: UpdatePlanInput): Promise<PlanRecord> {
    const current = await this.require(id);
    assertCurrentVersion('Plan', current, version);
    const merged: Record<string, unknown> = { ...current, ...definedOnly(patch) };
    if (patch.municipalityCode !== undefined && patch.regionCode === undefined) {
      merged.regionCode = null;
    }
    return this.store.updatePlan(current.id, version, await this.validFields(merged));
  }

  async delete(id: string, version: number): Promise<string> {
    const current = await this.require(id);
    await this.store.deletePlan(current.id, version);
    return current.id;
  }

  /** Dimensions without a measure, key actors without a role, absent categories. */
  async review(plan: PlanRecord): Promise<PlanReview> {
    const scope = plan.municipalityCode
      ? { municipalityCodes: [plan.municipalityCode] }
      : { regionCode: plan.regionCode };
    const key = await this.insights.keyActors(scope, 'BETWEENNESS', KEY_ACTORS_CHECKED);
    const named = [
      ...new Set(plan.measures.flatMap((m) => [...m.responsibleActorIds, ...m.partnerActorIds])),
    ];
    const categories = new Map(
      (await this.store.getActorsByIds(named)).map((a) => [a.id, a.category]),
    );
    return reviewPlan(
      plan,
      key.map((k) => k.actor.id),
      (id) => categories.get(id),
    );
  }

  /** Checks the fields and turns actor references (ids or external ids) into ids. */
  private async validFields(input: Record<string, unknown> | CreatePlanInput): Promise<PlanFields> {
    const fields = validatePlanFields(await this.geography.get(), input);
    const measures = [];
    for (const [i, m] of fields.measures.entries()) {
      const ids = async (list: string[], name: string) => {
        const out: string[] = [];
        for (const [j, ref] of list.entries()) {
          out.push((await actorRef(this.store, ref, `measures.${i}.${name}.${j}`)).id);
        }
        return out;
      };
      measures.push({
        ...m,
        responsibleActorIds: await ids(m.responsibleActorIds, 'responsibleActorIds'),
        partnerActorIds: await ids(m.partnerActorIds, 'partnerActorIds'),
      });
    }
    return { ...fields, measures };
  }
}
