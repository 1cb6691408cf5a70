import type { EventsResource } from './events.fi';

export const eventsEn: EventsResource = {
  events: 'Events',
  plans: 'Action plans',
  report: 'Region report',
  noEvents: 'No events in this region.',
  noCoOrganiser: 'No co-organiser',
  invitations: 'Invitation list',
  invitationCount_one: '{{count}} invitee',
  invitationCount_other: '{{count}} invitees',
  bulkStatus: 'Change status of selected',
  kind: {
    training: 'Training',
    panel: 'Panel',
    forum: 'Forum',
    information_gathering: 'Information gathering',
    decision_maker_event: 'Decision-maker event',
    other: 'Other',
  },
  status: {
    draft: 'Draft',
    invited: 'Invited',
    registered: 'Registered',
    declined: 'Declined',
    attended: 'Attended',
    no_show: 'No-show',
  },
};
