import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { saveFailure } from './save-failure';

describe('saveFailure', () => {
  const issue = { field: 'title', rule: 'required', message: 'Title is required' };

  it('leaves a stale version to the page, even when the API also named issues', () => {
    expect(saveFailure(new ApiError('stale', 'CONFLICT', 4, [issue]))).toEqual({
      type: 'conflict',
      currentVersion: 4,
    });
  });

  it('passes the field errors on for the fields to show', () => {
    expect(saveFailure(new ApiError('bad input', 'BAD_USER_INPUT', null, [issue]))).toEqual({
      type: 'issues',
      issues: [issue],
    });
  });

  it("says anything else in the API's (or the network's) own words", () => {
    expect(saveFailure(new ApiError('Forbidden', 'FORBIDDEN'))).toEqual({
      type: 'message',
      message: 'Forbidden',
    });
    expect(saveFailure(new TypeError('Failed to fetch'))).toEqual({
      type: 'message',
      message: 'Failed to fetch',
    });
    expect(saveFailure('offline')).toEqual({ type: 'message', message: 'offline' });
  });
});
