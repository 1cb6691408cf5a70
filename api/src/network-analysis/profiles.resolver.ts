import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Profile, ProfileInput } from './models/profile.model';
import { ProfilesService, type ProfileView } from './profiles.service';
import { Allow } from '../auth/access';

@Allow('viewer')
@Resolver(() => Profile)
export class ProfilesResolver {
  constructor(private readonly profilesService: ProfilesService) {}

  @Query(() => [Profile], { description: 'The built-in profiles first, then users’ own.' })
  async profiles(): Promise<Profile[]> {
    return (await this.profilesService.list()).map(toProfile);
  }

  @Query(() => Profile, { nullable: true })
  async profile(@Args('id', { type: () => ID }) id: string): Promise<Profile | null> {
    const profile = await this.profilesService.get(id);
    return profile ? toProfile(profile) : null;
  }

  @Allow('admin')
  @Mutation(() => Profile, { description: 'A profile of your own; its id must be new.' })
  async createProfile(@Args('input') input: ProfileInput): Promise<Profile> {
    return toProfile(await this.profilesService.create(input));
  }

  @Allow('admin')
  @Mutation(() => Profile, { description: 'Refused with CONFLICT when `version` is not current.' })
  async updateProfile(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: ProfileInput,
  ): Promise<Profile> {
    return toProfile(await this.profilesService.update(id, version, input));
  }

  @Allow('admin')
  @Mutation(() => ID)
  deleteProfile(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.profilesService.delete(id, version);
  }
}

export function toProfile(view: ProfileView): Profile {
  return {
    id: view.id,
    builtIn: view.builtIn,
    version: view.recordVersion,
    label: view.label,
    description: view.description,
    groups: view.groups,
    tiePairs: view.tiePairs,
    checkAllGroupPairs: view.checkAllGroupPairs,
  };
}
