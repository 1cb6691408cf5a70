import { describe, expect, it } from 'vitest';
import { builtInProfile, type AnalysisActor } from '../analysis';
import type { Category } from '../domain/categories';
import { invitationChecklist } from './invitation-checklist';

const panel = builtInProfile('regional_panel')!;
const actor = (id: string, category: Category, municipalityCode = '205'): AnalysisActor => ({
  id,
  name: id,
  category,
  subcategory: null,
  municipalityCode,
  regionCode: '18',
  dimensions: [],
  tags: [],
});

describe('invitationChecklist', () => {
  const police = actor('police', 'police');
  const media = actor('media', 'media');
  const farMedia = actor('far-media', 'media', '290');
  const bigMedia = actor('big-media', 'media', '290');
  const candidates = [police, media, farMedia, bigMedia, actor('ngo', 'ngo')];

  it('marks a group covered by an invitee, and not by one who declined', () => {
    const list = invitationChecklist({
      profile: panel,
      invitees: [
        { actor: police, status: 'invited' },
        { actor: actor('ngo', 'ngo'), status: 'declined' },
      ],
      candidates,
      rank: new Map(),
      municipalityCode: '205',
    });
    const group = (id: string) => list.groups.find((g) => g.groupId === id)!;
    expect(group('police')).toMatchObject({
      covered: true,
      invitedActorIds: ['police'],
      suggestions: [],
    });
    expect(group('ngo_worker')).toMatchObject({ covered: false, invitedActorIds: [] });
    expect(list.coveredCount + list.missingCount).toBe(
      panel.groups.filter((g) => g.min > 0).length,
    );
  });

  it("suggests the event's own municipality first, then the better connected, never one already listed", () => {
    const list = invitationChecklist({
      profile: panel,
      invitees: [{ actor: police, status: 'draft' }],
      candidates,
      rank: new Map([
        ['big-media', 9],
        ['far-media', 1],
      ]),
      municipalityCode: '205',
    });
    const media = list.groups.find((g) => g.groupId === 'media_representative')!;
    expect(media.suggestions.map((s) => s.actorId)).toEqual(['media', 'big-media', 'far-media']);
    expect(media.suggestions[0].reason.fi).toContain('kunnassa');
    const policeGroup = list.groups.find((g) => g.groupId === 'police')!;
    expect(policeGroup.suggestions).toEqual([]);
  });
});
