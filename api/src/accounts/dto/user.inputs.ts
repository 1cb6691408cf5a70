import { Field, InputType } from '@nestjs/graphql';
import type { Role } from '../../auth/principal';
import { RoleEnum } from '../models/user.model';

@InputType()
export class CreateUserInput {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field({ defaultValue: false })
  allRegions: boolean;

  @Field(() => [String], { defaultValue: [] })
  regionCodes: string[];

  @Field(() => String, {
    nullable: true,
    description: 'At least 10 characters. Leave out for an OpenID Connect account.',
  })
  password?: string | null;
}

@InputType({ description: 'Fields left out keep their value.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  allRegions?: boolean | null;

  @Field(() => [String], { nullable: true })
  regionCodes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'A disabled user is signed out at once.' })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A new password signs the user out.' })
  password?: string | null;
}
