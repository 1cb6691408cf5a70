import { describe, expect, it } from 'vitest';
import type { ProgrammeItem } from '../domain/event-records';
import { liveProgramme, speakerLinks } from './event-links';

describe('event links', () => {
  const programme: ProgrammeItem[] = [
    {
      kind: 'panel',
      title: 'P',
      startTime: null,
      speakers: [
        { actorId: 'a', personId: 'p', name: null },
        { actorId: null, personId: null, name: 'Vieras' },
        { actorId: 'b', personId: null, name: null },
      ],
    },
  ];

  it('links every speaker who is in the register, by item and position', () => {
    expect(speakerLinks(programme)).toEqual([
      { item: 0, position: 0, actorId: 'a', personId: 'p' },
      { item: 0, position: 2, actorId: 'b', personId: null },
    ]);
  });

  it('leaves out a linked speaker whose link is gone, and keeps one given by name', () => {
    const links = speakerLinks(programme).filter((l) => l.actorId !== 'a');
    expect(liveProgramme(programme, links)[0].speakers).toEqual([
      { actorId: null, personId: null, name: 'Vieras' },
      { actorId: 'b', personId: null, name: null },
    ]);
  });
});
