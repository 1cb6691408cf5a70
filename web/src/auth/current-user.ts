import { createContext, useContext } from 'react';
import type { UserFieldsFragment } from '../api/generated/graphql';

/** The signed-in user; AuthGate provides it, so everything below may assume one. */
export const CurrentUserContext = createContext<UserFieldsFragment | null>(null);

export function useCurrentUser(): UserFieldsFragment {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser needs AuthGate above it');
  return user;
}
