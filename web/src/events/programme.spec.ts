import { describe, expect, it } from 'vitest';
import {
  actorSpeaker,
  addItem,
  moveItem,
  namedSpeaker,
  toProgrammeDrafts,
  toProgrammeInputs,
} from './programme';

const panel = {
  kind: 'panel' as const,
  startTime: '14:30',
  title: 'Paneeli',
  speakers: [
    {
      actorId: 'a1',
      personId: 'p1',
      name: null,
      actor: { name: 'Kajaanin kaupunki', persons: [{ id: 'p1', name: 'Jaana', title: null }] },
    },
    { actorId: null, personId: null, name: 'Dosentti Keränen', actor: null },
  ],
};

describe('programme drafts', () => {
  it('round-trips an item, keeping a contact person as a speaker', () => {
    const drafts = toProgrammeDrafts([panel]);
    expect(drafts[0].speakers.map((s) => s.label)).toEqual([
      'Jaana, Kajaanin kaupunki',
      'Dosentti Keränen',
    ]);
    expect(toProgrammeInputs(drafts)).toEqual([
      {
        kind: 'panel',
        title: 'Paneeli',
        startTime: '14:30',
        speakers: [
          { actorId: 'a1', personId: 'p1', name: null },
          { actorId: null, personId: null, name: 'Dosentti Keränen' },
        ],
      },
    ]);
  });

  it('sends an empty start time as not set', () => {
    expect(toProgrammeInputs(addItem([]))[0]).toMatchObject({ startTime: null, title: '' });
  });

  it('moves an item one step, and nothing past either end', () => {
    const items = addItem(addItem([]));
    const [a, b] = items;
    expect(moveItem(items, 0, 1)).toEqual([b, a]);
    expect(moveItem(items, 0, -1)).toEqual([a, b]);
    expect(moveItem(items, 1, 1)).toEqual([a, b]);
  });

  it('adds a speaker by actor, or by a name that is not blank', () => {
    expect(actorSpeaker({ id: 'a2', name: 'Kainuun Päivä' })).toMatchObject({
      actorId: 'a2',
      label: 'Kainuun Päivä',
    });
    expect(namedSpeaker('  Laura  ')).toMatchObject({ name: 'Laura', actorId: null });
    expect(namedSpeaker('   ')).toBeNull();
  });
});
