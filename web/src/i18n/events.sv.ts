import type { EventsResource } from './events.fi';

export const eventsSv: EventsResource = {
  events: 'Evenemang',
  plans: 'Handlingsplaner',
  report: 'Regionrapport',
  noEvents: 'Inga evenemang i regionen.',
  noCoOrganiser: 'Ingen medarrangör',
  invitations: 'Inbjudningslista',
  invitationCount_one: '{{count}} inbjuden',
  invitationCount_other: '{{count}} inbjudna',
  bulkStatus: 'Ändra status för valda',
  kind: {
    training: 'Utbildning',
    panel: 'Panel',
    forum: 'Forum',
    information_gathering: 'Informationsinsamling',
    decision_maker_event: 'Evenemang för beslutsfattare',
    other: 'Annat',
  },
  status: {
    draft: 'Utkast',
    invited: 'Inbjuden',
    registered: 'Anmäld',
    declined: 'Avböjt',
    attended: 'Deltog',
    no_show: 'Kom inte',
  },
};
