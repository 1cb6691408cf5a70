import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

describe('the Kainuu demo events (real HTTP, real SQLite)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ demo: true });
  });
  afterAll(async () => {
    await api.close();
  });

  it('has a planned regional panel with co-organisers, a programme and a partly built invitation list', async () => {
    const res = await api.gql(`{ events(filter: { regionCode: "18" }) {
      title kind status warnings { code } coOrganisers { actor { externalId } }
      programme { kind speakers { name actor { externalId } } }
      invitations { status history { status } actor { externalId } person { externalId } }
      invitationCounts { total byStatus { status count } }
      invitationChecklist { missingCount groups { groupId covered suggestions { actorId actor { category } } } } } }`);
    expect(res.errors).toBeUndefined();
    const panel = res.data!.events.find((e: { kind: string }) => e.kind === 'panel');
    expect(panel).toMatchObject({ status: 'planned', warnings: [] });
    expect(
      panel.coOrganisers.map((o: { actor: { externalId: string } }) => o.actor.externalId),
    ).toEqual(['kai-a-etno-kainuu', 'kai-a-kajaani', 'kai-a-kajastus']);
    expect(panel.programme.map((p: { kind: string }) => p.kind)).toEqual([
      'expert_talk',
      'population_talk',
      'comment',
      'panel',
    ]);
    expect(panel.invitations).toHaveLength(8);
    const registered = panel.invitations.find(
      (i: { actor: { externalId: string } }) => i.actor.externalId === 'kai-a-poliisi-ennalta',
    );
    expect(registered).toMatchObject({
      status: 'registered',
      history: [{ status: 'draft' }, { status: 'invited' }, { status: 'registered' }],
      person: { externalId: 'kai-p-poliisi-ennalta-1' },
    });
    const missing = panel.invitationChecklist.groups.filter(
      (g: { covered: boolean }) => !g.covered,
    );
    expect(missing.map((g: { groupId: string }) => g.groupId).sort()).toEqual([
      'community_representative',
      'entrepreneur',
    ]);
    for (const group of missing) expect(group.suggestions.length).toBeGreaterThan(0);
    const entrepreneur = missing.find((g: { groupId: string }) => g.groupId === 'entrepreneur');
    for (const s of entrepreneur.suggestions) expect(s.actor.category).toBe('employer');

    const training = res.data!.events.find((e: { kind: string }) => e.kind === 'training');
    expect(training.status).toBe('held');
    const attended = training.invitationCounts.byStatus.find(
      (s: { status: string }) => s.status === 'attended',
    );
    expect(attended.count).toBe(4);
  });
});
