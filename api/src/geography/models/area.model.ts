import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A public body that serves several municipalities: a wellbeing services county or an elinvoimakeskus.',
})
export class Area {
  @Field(() => ID)
  code: string;

  @Field()
  nameFi: string;

  @Field()
  nameSv: string;
}
