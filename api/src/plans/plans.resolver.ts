import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../actors/models/actor.model';
import { ActorsService } from '../actors/actors.service';
import { exportLanguage } from '../exports/export-language';
import { ExportFileModel } from '../invitations/models/invitation.model';
import { CreatePlanInput, PlanFilterInput, UpdatePlanInput } from './dto/plan.input';
import { Measure, Plan, PlanReview } from './models/plan.model';
import { PlanExportService, type PlanExportFormat } from './plan-export.service';
import { PlanExportFormatEnum } from './plan-enums';
import { PlansService } from './plans.service';
import { Allow } from '../auth/access';

@Allow('viewer')
@Resolver(() => Plan)
export class PlansResolver {
  constructor(
    private readonly plansService: PlansService,
    private readonly exports: PlanExportService,
  ) {}

  @Query(() => [Plan])
  plans(
    @Args('filter', { type: () => PlanFilterInput, nullable: true }) filter?: PlanFilterInput,
  ): Promise<Plan[]> {
    return this.plansService.list(filter);
  }

  @Query(() => Plan, { nullable: true })
  plan(@Args('id', { type: () => ID }) id: string): Promise<Plan | null> {
    return this.plansService.get(id);
  }

  @Allow('editor')
  @Mutation(() => Plan)
  createPlan(@Args('input') input: CreatePlanInput): Promise<Plan> {
    return this.plansService.create(input);
  }

  @Allow('editor')
  @Mutation(() => Plan, { description: 'Refused with CONFLICT when `version` is not current.' })
  updatePlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdatePlanInput,
  ): Promise<Plan> {
    return this.plansService.update(id, version, input);
  }

  @Allow('editor')
  @Mutation(() => ID)
  deletePlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.plansService.delete(id, version);
  }

  @Query(() => ExportFileModel, {
    description: 'The plan as CSV, XLSX (base64) or a printable page.',
  })
  async planExport(
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => PlanExportFormatEnum }) format: PlanExportFormat,
    @Args('lang', { type: () => String, nullable: true }) lang?: string | null,
  ): Promise<ExportFileModel> {
    const language = exportLanguage(lang);
    const file = await this.exports.export(id, format, language);
    const binary = format === 'XLSX';
    const path = format === 'HTML' ? `${id}.html` : `${id}/measures.${format.toLowerCase()}`;
    return {
      fileName: file.fileName,
      mediaType: file.mediaType,
      encoding: binary ? 'base64' : 'utf8',
      content: file.content.toString(binary ? 'base64' : 'utf8'),
      url: `/api/plans/${path}?lang=${language}`,
    };
  }

  @ResolveField(() => PlanReview, {
    description: 'Dimensions without a measure, key actors without a role, absent categories.',
  })
  review(@Parent() plan: Plan): Promise<PlanReview> {
    return this.plansService.review(plan);
  }
}

@Allow('viewer')
@Resolver(() => Measure)
export class MeasureResolver {
  constructor(private readonly actors: ActorsService) {}

  @ResolveField(() => [Actor])
  async responsibleActors(@Parent() measure: Measure): Promise<Actor[]> {
    return this.resolve(measure.responsibleActorIds);
  }

  @ResolveField(() => [Actor])
  async partners(@Parent() measure: Measure): Promise<Actor[]> {
    return this.resolve(measure.partnerActorIds);
  }

  private async resolve(ids: string[]): Promise<Actor[]> {
    const actors = await Promise.all(ids.map((id) => this.actors.get(id)));
    return actors.filter((a): a is Actor => a !== null);
  }
}
