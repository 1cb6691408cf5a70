import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  const limits = { perEmail: 3, perAddress: 5, windowMs: 60_000 };

  it('allows attempts up to the per-email limit, then says how long to wait', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(limits, () => now);
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfter('a@x.fi', '10.0.0.1')).toBe(0);
      throttle.recordFailure('a@x.fi', '10.0.0.1');
      now += 1_000;
    }
    expect(throttle.retryAfter('a@x.fi', '10.0.0.1')).toBe(57_000);
    expect(throttle.retryAfter('b@x.fi', '10.0.0.2')).toBe(0);
    now += 57_000;
    expect(throttle.retryAfter('a@x.fi', '10.0.0.1')).toBe(0);
  });

  it('limits one address across many emails', () => {
    const throttle = new LoginThrottle(limits, () => 5_000);
    for (let i = 0; i < 5; i++) throttle.recordFailure(`user${i}@x.fi`, '10.0.0.1');
    expect(throttle.retryAfter('new@x.fi', '10.0.0.1')).toBeGreaterThan(0);
    expect(throttle.retryAfter('new@x.fi', '10.0.0.9')).toBe(0);
  });

  it("clears an email's failures on success", () => {
    const throttle = new LoginThrottle(limits, () => 5_000);
    for (let i = 0; i < 3; i++) throttle.recordFailure('a@x.fi', null);
    throttle.recordSuccess('a@x.fi');
    expect(throttle.retryAfter('a@x.fi', null)).toBe(0);
  });
});
