import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A municipality (kunta), in exactly one region.' })
export class Municipality {
  @Field(() => ID, { description: 'Statistics Finland code, three digits, e.g. "205".' })
  code: string;

  @Field()
  nameFi: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null where the municipality has no separate Swedish name.',
  })
  nameSv: string | null;

  @Field()
  regionCode: string;

  @Field({ description: 'Sub-region (seutukunta) code.' })
  subRegionCode: string;

  @Field()
  subRegionNameFi: string;

  @Field()
  wellbeingCountyCode: string;

  @Field({ description: 'The elinvoimakeskus that serves the municipality from 1 Jan 2026.' })
  elinvoimakeskusCode: string;

  @Field({ description: 'Language status code: 0 Finnish, 1-2 bilingual, 3 Swedish, 4 Sámi area.' })
  languageStatusCode: string;

  @Field()
  languageStatusFi: string;
}
