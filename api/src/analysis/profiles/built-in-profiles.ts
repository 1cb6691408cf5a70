import regionalPanel from './regional-panel.json';
import trainingTargetGroups from './training-target-groups.json';
import { parseProfile, type Profile } from './profile.schema';

/**
 * The two profiles from the training guide, as data. Users' own profiles follow the same
 * schema and are stored by the API; these are read-only.
 */
export const BUILT_IN_PROFILES: readonly Profile[] = [
  parseProfile(trainingTargetGroups),
  parseProfile(regionalPanel),
];

export function builtInProfile(id: string): Profile | undefined {
  return BUILT_IN_PROFILES.find((p) => p.id === id);
}
