import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LegalBasisEnum } from '../../common/graphql-enums';
import type { LegalBasis } from '../../domain/legal-basis';

@ObjectType({ description: 'A contact person of an actor. Personal data under the GDPR.' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field(() => ID)
  actorId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => LegalBasisEnum)
  legalBasis: LegalBasis;

  @Field(() => String, { nullable: true, description: 'Where the data came from.' })
  source: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When to check the data is still needed and right (GDPR); a calendar date.',
  })
  reviewDate: string | null;

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  @Field(() => Int)
  version: number;
}
