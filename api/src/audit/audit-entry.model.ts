import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One change or export, as the append-only audit log holds it.' })
export class AuditEntryModel {
  @Field(() => Int, { description: 'Grows with every entry; page with `before`.' })
  seq: number;

  @Field()
  at: string;

  @Field(() => ID, { nullable: true, description: 'Null for start-up or the command line.' })
  userId: string | null;

  @Field(() => String, { nullable: true })
  userEmail: string | null;

  @Field({ description: 'create, update, delete, import, export' })
  action: string;

  @Field()
  entity: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the record before the change.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the record after the change.' })
  after: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'JSON: an export’s filter and rows, an import’s counts.',
  })
  detail: string | null;
}
