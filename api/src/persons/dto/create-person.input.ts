import { Field, ID, InputType } from '@nestjs/graphql';
import { LegalBasisEnum } from '../../common/graphql-enums';
import type { LegalBasis } from '../../domain/legal-basis';

@InputType()
export class CreatePersonInput {
  @Field(() => ID, { description: 'The actor this person is a contact of.' })
  actorId: string;

  @Field()
  name: string;

  @Field(() => LegalBasisEnum)
  legalBasis: LegalBasis;

  @Field(() => String, { nullable: true })
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When to check the data is still needed and right, "2027-06-30".',
  })
  reviewDate?: string | null;
}
