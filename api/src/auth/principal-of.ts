import type { UserRecord } from '../store/account-store';
import type { Principal } from './principal';

export function principalOf(user: UserRecord): Principal {
  return { userId: user.id, email: user.email, role: user.role, regions: user.regions };
}
