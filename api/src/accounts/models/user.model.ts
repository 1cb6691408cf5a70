import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../../common/graphql-enums';
import { ROLES, type Role } from '../../auth/principal';

export const RoleEnum = asEnum(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'admin: users, profiles, everything; editor: edit in their regions; viewer: read.',
});

@ObjectType({ description: 'A user account. The password hash never leaves the server.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field({ description: 'True when the user may see every region.' })
  allRegions: boolean;

  @Field(() => [String], {
    description: 'The region codes the user may see; empty when allRegions.',
  })
  regionCodes: string[];

  @Field()
  disabled: boolean;

  @Field({ description: 'False for an account that signs in only through OpenID Connect.' })
  hasPassword: boolean;

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  @Field(() => Int)
  version: number;
}
