/**
 * Events of the Kainuu demo: a planned regional panel whose invitation list is half built
 * (so a new user sees the list builder, the checklist and the exports at work), and a
 * training held earlier in the year (so the region report has reach to show). Written in
 * the API's own input terms and put in through its services, which validate them.
 *
 * Actors and persons are named by their demo ids (`kai-a-...`, `kai-p-...`); everything
 * about the events is invented, like the rest of the demo.
 */

export interface DemoSpeaker {
  actorId?: string;
  personId?: string;
  name?: string;
}

export interface DemoInvitation {
  actorId: string;
  /** A contact person of the actor; left out: the actor's default contact. */
  personId?: string;
  status: 'draft' | 'invited' | 'registered' | 'declined' | 'attended' | 'no_show';
}

export interface DemoEvent {
  kind: string;
  status: 'planned' | 'held' | 'cancelled';
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  municipalityCode: string;
  description: string;
  profileId: string;
  coOrganisers: {
    actorId: string;
    tasks: string[];
    costSharePercent: number | null;
    note?: string;
  }[];
  programme: { kind: string; title: string; startTime: string; speakers: DemoSpeaker[] }[];
  invitations: DemoInvitation[];
}

export const KAINUU_DEMO_PANEL: DemoEvent = {
  kind: 'panel',
  status: 'planned',
  title: 'Väestösuhteiden tila Kainuussa – alueellinen paneeli',
  date: '2026-11-12',
  startTime: '13:00',
  endTime: '16:00',
  place: 'Kajaanin kaupungintalo, valtuustosali',
  municipalityCode: '205',
  description:
    'Paneelikeskustelu hyvien väestösuhteiden tilasta Kainuussa: asenteet, turvallisuuden tunne, ' +
    'vuorovaikutus ja osallisuus. Paneelin kysymykset lähetetään panelisteille etukäteen.',
  profileId: 'regional_panel',
  coOrganisers: [
    {
      actorId: 'kai-a-etno-kainuu',
      tasks: ['invitations', 'speaker_fees', 'travel'],
      costSharePercent: 40,
      note: 'Kutsut ja puhujien matkat',
    },
    { actorId: 'kai-a-kajaani', tasks: ['venue', 'catering'], costSharePercent: 40 },
    { actorId: 'kai-a-kajastus', tasks: ['registrations'], costSharePercent: 20 },
  ],
  programme: [
    {
      kind: 'expert_talk',
      title: 'Mitä hyvät väestösuhteet ovat ja miksi ne kuuluvat kaikille?',
      startTime: '13:10',
      speakers: [{ name: 'Dosentti Laura Keränen (tutkija, kuvitteellinen)' }],
    },
    {
      kind: 'population_talk',
      title: 'Kainuun väestö nyt ja kymmenen vuoden päästä',
      startTime: '13:40',
      speakers: [{ personId: 'kai-p-kainuun-liitto-1' }],
    },
    {
      kind: 'comment',
      title: 'Kommenttipuheenvuorot: millaista on asettua Kainuuseen?',
      startTime: '14:00',
      speakers: [{ personId: 'kai-p-hiiraan-1' }, { personId: 'kai-p-ukrainalaiset-kainuu-1' }],
    },
    {
      kind: 'panel',
      title: 'Paneeli: väestösuhteiden tila Kainuussa',
      startTime: '14:30',
      speakers: [
        { personId: 'kai-p-kajaani-kotoutus-1' },
        { personId: 'kai-p-poliisi-ennalta-1' },
        { personId: 'kai-p-kainuun-paiva-1' },
        { actorId: 'kai-a-kajastus' },
      ],
    },
  ],
  // Half built: the municipality, the police, the media, a council member and NGOs are
  // on the list; an entrepreneur and a religious or other community are still missing.
  invitations: [
    {
      actorId: 'kai-a-kajaani-kotoutus',
      personId: 'kai-p-kajaani-kotoutus-1',
      status: 'registered',
    },
    { actorId: 'kai-a-poliisi-ennalta', personId: 'kai-p-poliisi-ennalta-1', status: 'registered' },
    { actorId: 'kai-a-kainuun-paiva', personId: 'kai-p-kainuun-paiva-1', status: 'invited' },
    { actorId: 'kai-a-valt-rautiainen', status: 'invited' },
    { actorId: 'kai-a-hiiraan', status: 'invited' },
    { actorId: 'kai-a-ukrainalaiset-kainuu', status: 'registered' },
    { actorId: 'kai-a-hva-kotoutus', status: 'draft' },
    { actorId: 'kai-a-ilman-rasismia', status: 'declined' },
  ],
};

export const KAINUU_DEMO_TRAINING: DemoEvent = {
  kind: 'training',
  status: 'held',
  title: 'Hyvät väestösuhteet arjen työssä – koulutus Kuhmossa',
  date: '2026-03-18',
  startTime: '09:00',
  endTime: '12:00',
  place: 'Kuhmon kulttuuritalo',
  municipalityCode: '290',
  description: 'Koulutus kunnan, seurakunnan, koulun ja järjestöjen työntekijöille.',
  profileId: 'training_target_groups',
  coOrganisers: [
    {
      actorId: 'kai-a-kuhmo',
      tasks: ['venue', 'invitations', 'registrations'],
      costSharePercent: 50,
    },
    { actorId: 'kai-a-hva-kotoutus', tasks: ['catering', 'speaker_fees'], costSharePercent: 50 },
  ],
  programme: [
    {
      kind: 'expert_talk',
      title: 'Väestösuhteet ja kotoutuminen',
      startTime: '09:15',
      speakers: [{ personId: 'kai-p-hva-kotoutus-1' }],
    },
    {
      kind: 'good_practice',
      title: 'Hyvä käytäntö: ystävätoiminta Kuhmossa',
      startTime: '10:30',
      speakers: [{ actorId: 'kai-a-jasmiini' }],
    },
  ],
  invitations: [
    { actorId: 'kai-a-kuhmo-kotoutus', status: 'attended' },
    { actorId: 'kai-a-jasmiini', status: 'attended' },
    { actorId: 'kai-a-srk-kuhmo', status: 'attended' },
    { actorId: 'kai-a-koulu-kuhmo', status: 'attended' },
    { actorId: 'kai-a-rajaseutu', status: 'no_show' },
    { actorId: 'kai-a-karjalaisseura', status: 'declined' },
  ],
};

export const KAINUU_DEMO_EVENTS: readonly DemoEvent[] = [KAINUU_DEMO_TRAINING, KAINUU_DEMO_PANEL];
