import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'verkosto_session';

/** 256 random bits: what the browser holds. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store holds: a hash, so a copy of the store cannot be used to sign in. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
