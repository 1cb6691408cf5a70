import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  EventKind,
  EventStatus,
  OrganiserTask,
  ProgrammeItemKind,
} from '../../domain/event-vocabulary';
import { Labels } from '../../vocabulary/models/labels.model';
import {
  EventKindEnum,
  EventStatusEnum,
  OrganiserTaskEnum,
  ProgrammeItemKindEnum,
} from '../event-enums';

@ObjectType()
export class Speaker {
  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => ID, { nullable: true })
  personId: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;
}

@ObjectType()
export class ProgrammeItem {
  @Field(() => ProgrammeItemKindEnum)
  kind: ProgrammeItemKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  startTime: string | null;

  @Field(() => [Speaker])
  speakers: Speaker[];
}

@ObjectType({ description: 'An actor that organises the event together with the others.' })
export class CoOrganiser {
  @Field(() => ID)
  actorId: string;

  @Field(() => [OrganiserTaskEnum])
  tasks: OrganiserTask[];

  @Field(() => Float, { nullable: true })
  costSharePercent: number | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: 'Something the guide asks for that the event lacks; not an error.' })
export class EventWarning {
  @Field()
  code: string;

  @Field(() => Labels)
  message: Labels;
}

@ObjectType({ description: 'A training, panel, forum or other event, with its programme.' })
export class Event {
  @Field(() => ID)
  id: string;

  @Field(() => EventKindEnum)
  kind: EventKind;

  @Field(() => EventStatusEnum)
  status: EventStatus;

  @Field()
  title: string;

  @Field()
  date: string;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true })
  startTime: string | null;

  @Field(() => String, { nullable: true })
  endTime: string | null;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode: string | null;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'As set; see effectiveProfileId.' })
  profileId: string | null;

  @Field(() => [ProgrammeItem])
  programme: ProgrammeItem[];

  @Field(() => [CoOrganiser])
  coOrganisers: CoOrganiser[];

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  @Field(() => Int)
  version: number;
}
