import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal';
import { runAs } from '../auth/request-context';
import { ACTOR, PERSON, eventFields } from './event-store.contract';
import { regionScopedStore } from './region-scoped-store';
import { SqliteGraphStore } from './sqlite/sqlite-graph-store';

const root = mkdtempSync(join(tmpdir(), 'verkosto-scoped-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const editor = (regions: Principal['regions']): Principal => ({
  userId: 'u',
  email: 'e@example.fi',
  role: 'editor',
  regions,
});

const event = (regionCode: string | null, date: string, speaker?: [string, string]) =>
  eventFields({
    regionCode,
    municipalityCode: null,
    date,
    startTime: null,
    programme: speaker
      ? [
          {
            kind: 'expert_talk',
            title: 'Puheenvuoro',
            startTime: null,
            speakers: [{ actorId: speaker[0], personId: speaker[1], name: null }],
          },
        ]
      : [],
  });

describe('regionScopedStore findPersonEventLinks', () => {
  it("leaves out the person's invitations and speaker entries at events outside the user's regions", async () => {
    const inner = new SqliteGraphStore(join(root, 'store.db'));
    await inner.init();
    try {
      const actor = await inner.createActor({ ...ACTOR, municipalityCode: null });
      const person = await inner.createPerson({ ...PERSON, actorId: actor.id });
      const speaks: [string, string] = [actor.id, person.id];
      const own = await inner.createEvent(event('18', '2026-05-01', speaks));
      const national = await inner.createEvent(event(null, '2026-06-01'));
      const hidden = await inner.createEvent(event('01', '2026-07-01', speaks));
      const invite = { actorId: actor.id, personId: person.id, emailKey: null, note: null };
      for (const e of [own, national, hidden]) await inner.addInvitations(e.id, [invite]);

      const store = regionScopedStore(inner);
      const shown = async (regions: Principal['regions']) => {
        const links = await runAs(editor(regions), () => store.findPersonEventLinks(person.id));
        return {
          events: links.events.map((e) => e.id),
          invitations: links.invitations.map((i) => i.eventId),
          speakerItems: links.speakerItems.map((s) => s.eventId),
        };
      };
      expect(await shown(['18'])).toEqual({
        events: [own.id, national.id],
        invitations: [own.id, national.id],
        speakerItems: [own.id],
      });
      // As listInvitations: not the invitations of an actor the user cannot see.
      expect(await shown(['01'])).toEqual({
        events: [national.id, hidden.id],
        invitations: [],
        speakerItems: [hidden.id],
      });
      expect(await shown('all')).toEqual({
        events: [own.id, national.id, hidden.id],
        invitations: [own.id, national.id, hidden.id],
        speakerItems: [own.id, hidden.id],
      });
    } finally {
      await inner.close();
    }
  });
});
