import { describe, expect, it } from 'vitest';
import { inputTypeFor } from './credential';

describe('inputTypeFor', () => {
  it('asks for the username as an email, hides both passwords, and takes a name as text', () => {
    expect(inputTypeFor('username')).toBe('email');
    expect(inputTypeFor('current-password')).toBe('password');
    expect(inputTypeFor('new-password')).toBe('password');
    expect(inputTypeFor('name')).toBe('text');
  });
});
