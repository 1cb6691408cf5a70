/** Labels of the events, invitation list and plans pages; merged under `events` in i18n.ts. */
export const eventsFi = {
  events: 'Tilaisuudet',
  plans: 'Toimintasuunnitelmat',
  report: 'Alueraportti',
  noEvents: 'Ei tilaisuuksia tällä alueella.',
  noCoOrganiser: 'Ei yhteisjärjestäjää',
  invitations: 'Kutsulista',
  invitationCount_one: '{{count}} kutsuttava',
  invitationCount_other: '{{count}} kutsuttavaa',
  bulkStatus: 'Muuta valittujen tila',
  kind: {
    training: 'Koulutus',
    panel: 'Paneeli',
    forum: 'Foorumi',
    information_gathering: 'Tiedonkeruu',
    decision_maker_event: 'Päättäjätilaisuus',
    other: 'Muu',
  },
  status: {
    draft: 'Luonnos',
    invited: 'Kutsuttu',
    registered: 'Ilmoittautunut',
    declined: 'Kieltäytynyt',
    attended: 'Osallistui',
    no_show: 'Ei saapunut',
  },
};

export type EventsResource = typeof eventsFi;
