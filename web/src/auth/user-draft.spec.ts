import { describe, expect, it } from 'vitest';
import type { Role } from '../api/generated/graphql';
import { draftOf, inputOf } from './user-draft';

describe('user drafts', () => {
  it('starts a new user as a viewer without regions or password', () => {
    expect(draftOf(null)).toEqual({
      email: '',
      name: '',
      role: 'viewer',
      allRegions: false,
      regionCodes: [],
      password: '',
    });
  });

  it('sends no password when none was typed, and no regions for all-region users', () => {
    const draft = {
      ...draftOf(null),
      email: 'a@x.fi',
      name: 'A',
      allRegions: true,
      regionCodes: ['18'],
    };
    expect(inputOf(draft)).toMatchObject({ allRegions: true, regionCodes: [], password: null });
  });

  it('gives an admin every region whatever was ticked', () => {
    const draft = { ...draftOf(null), role: 'admin' as Role, regionCodes: ['18'] };
    expect(inputOf(draft)).toMatchObject({ allRegions: true, regionCodes: [] });
  });

  it('keeps the chosen regions of an editor', () => {
    const draft = { ...draftOf(null), role: 'editor' as Role, regionCodes: ['18', '19'] };
    expect(inputOf(draft)).toMatchObject({ allRegions: false, regionCodes: ['18', '19'] });
  });
});
