import { Field, Float, ID, InputType, PartialType } from '@nestjs/graphql';
import type {
  EventKind,
  EventStatus,
  OrganiserTask,
  ProgrammeItemKind,
} from '../../domain/event-vocabulary';
import {
  EventKindEnum,
  EventStatusEnum,
  OrganiserTaskEnum,
  ProgrammeItemKindEnum,
} from '../event-enums';

@InputType()
export class SpeakerInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Set from the person when only personId is given.',
  })
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'For a speaker outside the register.' })
  name?: string | null;
}

@InputType()
export class ProgrammeItemInput {
  @Field(() => ProgrammeItemKindEnum)
  kind: ProgrammeItemKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: '"09:30"' })
  startTime?: string | null;

  @Field(() => [SpeakerInput], { nullable: true })
  speakers?: SpeakerInput[] | null;
}

@InputType()
export class CoOrganiserInput {
  @Field(() => ID)
  actorId: string;

  @Field(() => [OrganiserTaskEnum], { nullable: true })
  tasks?: OrganiserTask[] | null;

  @Field(() => Float, { nullable: true, description: 'Share of the costs, 0-100 per cent.' })
  costSharePercent?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class CreateEventInput {
  @Field(() => EventKindEnum)
  kind: EventKind;

  @Field()
  title: string;

  @Field({ description: 'Calendar date, "2026-05-28".' })
  date: string;

  @Field(() => EventStatusEnum, { nullable: true, description: 'Default planned.' })
  status?: EventStatus | null;

  @Field(() => String, { nullable: true, description: 'Last day of an event of several days.' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Local time in Finland, "09:00".' })
  startTime?: string | null;

  @Field(() => String, { nullable: true })
  endTime?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Sets the region too.' })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'For a regional event.' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Profile of the invitation checklist; default by kind (training: training_target_groups, else regional_panel).',
  })
  profileId?: string | null;

  @Field(() => [ProgrammeItemInput], { nullable: true })
  programme?: ProgrammeItemInput[] | null;

  @Field(() => [CoOrganiserInput], { nullable: true })
  coOrganisers?: CoOrganiserInput[] | null;
}

/** Only the fields given change; a list given replaces the whole list. */
@InputType()
export class UpdateEventInput extends PartialType(CreateEventInput) {}

@InputType()
export class EventFilterInput {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Events ending on or after this date.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Events starting on or before this date.' })
  to?: string | null;
}
