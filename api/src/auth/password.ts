import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 40 ms
 * a hash on these machines. The parameters live in the PHC string, so a later change of
 * them still verifies older hashes.
 */
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * A hash of nothing anyone knows. Checking a password against it when the account does not
 * exist takes as long as a real check, so the answer's timing does not tell which emails
 * have accounts.
 */
let decoy: Promise<string> | null = null;

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  const target = hashed ?? (await decoy);
  const matches = await verify(target, password).catch(() => false);
  return hashed !== null && matches;
}
