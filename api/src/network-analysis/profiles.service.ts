import { Injectable } from '@nestjs/common';
import { BUILT_IN_PROFILES, builtInProfile, type Profile } from '../analysis';
import { NotFoundError } from '../store/store-errors';

export interface ProfileView extends Profile {
  builtIn: boolean;
  /** The stored record's version; built-in profiles are always 1. */
  recordVersion: number;
}

/** The profiles gaps are measured against: the training guide's two, and users' own. */
@Injectable()
export class ProfilesService {
  async list(): Promise<ProfileView[]> {
    return BUILT_IN_PROFILES.map(builtIn);
  }

  async get(id: string): Promise<ProfileView | null> {
    const profile = builtInProfile(id);
    return profile ? builtIn(profile) : null;
  }

  async require(id: string): Promise<ProfileView> {
    const profile = await this.get(id);
    if (!profile) throw new NotFoundError('Profile', id);
    return profile;
  }
}

function builtIn(profile: Profile): ProfileView {
  return { ...profile, builtIn: true, recordVersion: 1 };
}
