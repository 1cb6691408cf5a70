import type { UserRecord } from '../../store/account-store';
import type { User } from './user.model';

export function toUser(record: UserRecord): User {
  const { passwordHash, regions, ...rest } = record;
  return {
    ...rest,
    allRegions: regions === 'all',
    regionCodes: regions === 'all' ? [] : regions,
    hasPassword: passwordHash !== null,
  };
}
