import { SetMetadata } from '@nestjs/common';
import type { Role } from './principal';

/**
 * Every resolver and route says who may call it, with exactly one of these. The access guard
 * refuses an operation that says nothing, and a test lists every operation to check that
 * each one says something: a new resolver cannot be open by accident.
 */
export type AccessRule = { kind: 'public' } | { kind: 'role'; role: Role };

export const ACCESS_RULE = 'verkosto:access';

/** Anyone, signed in or not: sign-in itself, and what a sign-in page needs. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Signed-in users with at least this role (viewer < editor < admin). */
export const Allow = (role: Role) =>
  SetMetadata(ACCESS_RULE, { kind: 'role', role } satisfies AccessRule);

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function roleAllows(held: Role, needed: Role): boolean {
  return RANK[held] >= RANK[needed];
}
