import type { Role, UserFieldsFragment } from '../api/generated/graphql';

/** What the user form edits; the password is only sent when one was typed. */
export interface UserDraft {
  email: string;
  name: string;
  role: Role;
  allRegions: boolean;
  regionCodes: string[];
  password: string;
}

export function draftOf(user: UserFieldsFragment | null): UserDraft {
  return {
    email: user?.email ?? '',
    name: user?.name ?? '',
    role: user?.role ?? ('viewer' as Role),
    allRegions: user?.allRegions ?? false,
    regionCodes: user?.regionCodes ?? [],
    password: '',
  };
}

/** An admin sees every region: the form does not offer anything else. */
export function inputOf(draft: UserDraft) {
  const allRegions = draft.role === 'admin' || draft.allRegions;
  return {
    email: draft.email,
    name: draft.name,
    role: draft.role,
    allRegions,
    regionCodes: allRegions ? [] : draft.regionCodes,
    password: draft.password === '' ? null : draft.password,
  };
}
