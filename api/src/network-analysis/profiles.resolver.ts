import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Profile } from './models/profile.model';
import { ProfilesService, type ProfileView } from './profiles.service';

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
