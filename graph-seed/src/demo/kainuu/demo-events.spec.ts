import { describe, expect, it } from 'vitest';
import { loadDemoNetwork } from '../../testing/demo-network';
import { KAINUU_DEMO_EVENTS, KAINUU_DEMO_PANEL } from './events';

/** The demo events name only actors and persons of the demo, each contact with its actor. */
const demo = loadDemoNetwork();
const actorIds = new Set(demo.actors.map((a) => a.id));
const personActor = new Map(demo.persons.map((p) => [p.id, p.actor_id]));

describe('the Kainuu demo events', () => {
  it.each(KAINUU_DEMO_EVENTS.map((e) => [e.title, e] as const))(
    '%s names existing actors and persons',
    (_t, event) => {
      for (const o of event.coOrganisers) expect(actorIds, o.actorId).toContain(o.actorId);
      for (const item of event.programme) {
        for (const s of item.speakers) {
          if (s.actorId) expect(actorIds, s.actorId).toContain(s.actorId);
          if (s.personId) expect(personActor.has(s.personId), s.personId).toBe(true);
        }
      }
      const seen = new Set<string>();
      for (const i of event.invitations) {
        expect(actorIds, i.actorId).toContain(i.actorId);
        if (i.personId) expect(personActor.get(i.personId)).toBe(i.actorId);
        expect(seen.has(i.actorId), `${i.actorId} twice`).toBe(false);
        seen.add(i.actorId);
      }
    },
  );

  it('has a planned panel whose list leaves the entrepreneur and community groups to fill', () => {
    expect(KAINUU_DEMO_PANEL.status).toBe('planned');
    const categories = KAINUU_DEMO_PANEL.invitations.map((i) => demo.actor(i.actorId).category);
    expect(categories).toEqual(
      expect.arrayContaining(['authority_local', 'police', 'media', 'political', 'ngo']),
    );
    for (const missing of ['employer', 'religious', 'community'])
      expect(categories).not.toContain(missing);
  });
});
