import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CategoryEnum } from '../../common/graphql-enums';
import type { Category } from '../../domain/categories';
import type { InvitationStatus } from '../../domain/event-vocabulary';
import { InvitationStatusEnum } from '../../events/event-enums';
import { Labels } from '../../vocabulary/models/labels.model';
import { InviteeSourceEnum, SkipReasonEnum } from '../invitation-enums';
import type { InviteeSource, SkipReason } from '../invitee';

@ObjectType()
export class StatusChange {
  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field({ description: 'ISO 8601, UTC.' })
  at: string;
}

@ObjectType({
  description: "An invitation to an event: to a contact person, or to the actor's own address.",
})
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  eventId: string;

  @Field(() => ID)
  actorId: string;

  @Field(() => ID, { nullable: true })
  personId: string | null;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field(() => [StatusChange], { description: 'Every status it has had, oldest first.' })
  history: StatusChange[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class ProposedInvitee {
  @Field(() => ID)
  actorId: string;

  @Field(() => ID, { nullable: true })
  personId: string | null;

  @Field(() => String, { nullable: true, description: 'The address it goes to.' })
  email: string | null;

  @Field(() => InviteeSourceEnum)
  source: InviteeSource;
}

@ObjectType()
export class SkippedInvitee extends ProposedInvitee {
  @Field(() => SkipReasonEnum)
  reason: SkipReason;
}

@ObjectType()
export class InvitationBuildResult {
  @Field(() => [Invitation], { description: 'Empty on a dry run.' })
  added: Invitation[];

  @Field(() => [ProposedInvitee], { description: 'What is (or, on a dry run, would be) added.' })
  proposed: ProposedInvitee[];

  @Field(() => [SkippedInvitee], { description: 'Left out: already on the list.' })
  skipped: SkippedInvitee[];
}

@ObjectType()
export class StatusCount {
  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class CategoryCount {
  @Field(() => CategoryEnum)
  category: Category;

  @Field(() => Int)
  count: number;

  @Field(() => [StatusCount])
  byStatus: StatusCount[];
}

@ObjectType()
export class InvitationCounts {
  @Field(() => Int)
  total: number;

  @Field(() => [StatusCount], { description: 'Every status, in order, 0 included.' })
  byStatus: StatusCount[];

  @Field(() => [CategoryCount], { description: 'Categories on the list, in the legend order.' })
  byCategory: CategoryCount[];
}

@ObjectType()
export class ChecklistSuggestion {
  @Field(() => ID)
  actorId: string;

  @Field(() => Labels)
  reason: Labels;
}

@ObjectType()
export class ChecklistGroup {
  @Field()
  groupId: string;

  @Field(() => Labels)
  label: Labels;

  @Field(() => Int)
  required: number;

  @Field(() => [ID], { description: 'Invited actors in the group; declined and no-show left out.' })
  invitedActorIds: string[];

  @Field()
  covered: boolean;

  @Field(() => [ChecklistSuggestion])
  suggestions: ChecklistSuggestion[];
}

@ObjectType({
  description: "The event profile's groups: which the invitees cover, which are missing.",
})
export class InvitationChecklist {
  @Field()
  profileId: string;

  @Field(() => Labels)
  profileLabel: Labels;

  @Field(() => [ChecklistGroup])
  groups: ChecklistGroup[];

  @Field(() => Int)
  coveredCount: number;

  @Field(() => Int)
  missingCount: number;
}

@ObjectType('ExportFile', { description: 'A file: text as UTF-8, binary (XLSX) as base64.' })
export class ExportFileModel {
  @Field()
  fileName: string;

  @Field()
  mediaType: string;

  @Field({ description: '"utf8" or "base64".' })
  encoding: string;

  @Field()
  content: string;

  @Field(() => String, {
    nullable: true,
    description: 'The REST address of the same file, when it has one.',
  })
  url: string | null;
}

@ObjectType({ description: 'How far the events have reached an actor: distinct events per role.' })
export class ActorReach {
  @Field(() => Int, { description: 'Events it was invited to (past draft).' })
  invited: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  organised: number;

  @Field(() => Int)
  spoke: number;
}
