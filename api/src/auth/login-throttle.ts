/**
 * Counts failed sign-ins per email and per client address in a sliding window. It counts each
 * attempt where it happens (each login field resolved), so ten aliased login fields in one
 * request are ten attempts. Held in memory: with several API instances each counts its own,
 * which still bounds guessing to a small multiple of the limit.
 */
export interface ThrottleLimits {
  perEmail: number;
  perAddress: number;
  windowMs: number;
}

export const LOGIN_LIMITS: ThrottleLimits = {
  perEmail: 5,
  perAddress: 20,
  windowMs: 15 * 60_000,
};

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits = LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until another attempt is allowed; 0 when one is allowed now. */
  retryAfter(email: string, address: string | null): number {
    const waits = [
      this.wait(`email:${email}`, this.limits.perEmail),
      address ? this.wait(`address:${address}`, this.limits.perAddress) : 0,
    ];
    return Math.max(...waits);
  }

  recordFailure(email: string, address: string | null): void {
    this.push(`email:${email}`);
    if (address) this.push(`address:${address}`);
  }

  /** A successful sign-in clears the email's count (not the address's: others share it). */
  recordSuccess(email: string): void {
    this.failures.delete(`email:${email}`);
  }

  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit] + this.limits.windowMs - this.now();
  }

  private push(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.set(key, recent);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}
