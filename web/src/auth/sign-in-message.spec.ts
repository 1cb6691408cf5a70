import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { signInMessage } from './sign-in-message';

describe('signInMessage', () => {
  it('says a refused sign-in plainly, without telling which part was wrong', () => {
    expect(signInMessage(new ApiError('x', 'UNAUTHENTICATED'))).toEqual({
      key: 'auth.wrongCredentials',
    });
  });

  it('turns the throttle wait into whole minutes, at least one', () => {
    expect(signInMessage(new ApiError('x', 'TOO_MANY_REQUESTS', null, [], 899))).toEqual({
      key: 'auth.tooManyAttempts',
      values: { minutes: 15 },
    });
    expect(signInMessage(new ApiError('x', 'TOO_MANY_REQUESTS', null, [], 5)).values).toEqual({
      minutes: 1,
    });
  });

  it('passes any other failure on with its message', () => {
    expect(signInMessage(new TypeError('Failed to fetch'))).toEqual({
      key: 'auth.failed',
      values: { message: 'Failed to fetch' },
    });
  });
});
