import type { Labels } from '../domain/categories';
import type { EventFields } from '../domain/event-records';

export interface EventWarning {
  code: string;
  message: Labels;
}

/**
 * What the training guide asks for but an event may still lack while it is being planned:
 * shown as warnings, never refused.
 */
export function eventWarnings(event: Pick<EventFields, 'coOrganisers'>): EventWarning[] {
  const warnings: EventWarning[] = [];
  if (event.coOrganisers.length === 0) {
    warnings.push({
      code: 'no_co_organiser',
      message: {
        fi: 'Tapahtumalla ei ole yhteistyökumppania. Opas suosittelee järjestämään sen yhdessä ainakin yhden kumppaniorganisaation kanssa.',
        sv: 'Evenemanget har ingen medarrangör. Guiden rekommenderar att det ordnas tillsammans med minst en partnerorganisation.',
        en: 'The event has no co-organiser. The guide recommends organising it together with at least one partner organisation.',
      },
    });
  }
  return warnings;
}
