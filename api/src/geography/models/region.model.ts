import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A region (maakunta): 18 on the mainland and Åland.' })
export class Region {
  @Field(() => ID, { description: 'Statistics Finland code, "01".."21".' })
  code: string;

  @Field()
  nameFi: string;

  @Field()
  nameSv: string;
}
