import { describe, expect, it } from 'vitest';
import { invitationFileUrl, participantsUrl } from './export-links';

describe('export links', () => {
  it('points at the API downloads in the UI language', () => {
    expect(invitationFileUrl('ev1', 'csv', 'fi')).toBe('/api/events/ev1/invitations.csv?lang=fi');
    expect(invitationFileUrl('ev1', 'xlsx', 'sv')).toBe('/api/events/ev1/invitations.xlsx?lang=sv');
    expect(participantsUrl('ev1', 'en')).toBe('/api/events/ev1/participants.html?lang=en');
  });

  it('keeps an odd id inside its path segment', () => {
    expect(invitationFileUrl('a/b?c', 'csv', 'fi')).toBe(
      '/api/events/a%2Fb%3Fc/invitations.csv?lang=fi',
    );
  });

  it('exports some statuses only when asked', () => {
    expect(participantsUrl('ev1', 'fi', ['registered', 'attended'])).toBe(
      '/api/events/ev1/participants.html?lang=fi&status=registered,attended',
    );
    expect(invitationFileUrl('ev1', 'csv', 'fi', [])).toBe(
      '/api/events/ev1/invitations.csv?lang=fi',
    );
  });
});
