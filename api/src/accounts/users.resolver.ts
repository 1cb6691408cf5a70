import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access';
import { CreateUserInput, UpdateUserInput } from './dto/user.inputs';
import { toUser } from './models/to-user';
import { User } from './models/user.model';
import { UsersService } from './users.service';

/** User administration: admins only. */
@Allow('admin')
@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly accounts: UsersService) {}

  @Query(() => [User], { description: 'Every account, by email.' })
  async users(): Promise<User[]> {
    return (await this.accounts.list()).map(toUser);
  }

  @Mutation(() => User)
  async createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return toUser(await this.accounts.create(input));
  }

  @Mutation(() => User, { description: 'Refused with CONFLICT when `version` is not current.' })
  async updateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateUserInput,
  ): Promise<User> {
    return toUser(await this.accounts.update(id, version, input));
  }

  @Mutation(() => ID, { description: 'Deletes the account and ends its sessions.' })
  deleteUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.accounts.delete(id, version);
  }
}
