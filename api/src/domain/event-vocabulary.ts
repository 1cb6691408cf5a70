/**
 * The words of events, invitation lists and action plans. The GraphQL enums and the print
 * views use these values and labels; the store keeps the values as they are.
 */
import type { Labels } from './categories';

export const EVENT_KINDS = [
  'training',
  'panel',
  'forum',
  'information_gathering',
  'decision_maker_event',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PROGRAMME_ITEM_KINDS = [
  'expert_talk',
  'population_talk',
  'comment',
  'panel',
  'good_practice',
  'other',
] as const;
export type ProgrammeItemKind = (typeof PROGRAMME_ITEM_KINDS)[number];

/** What a co-organiser takes on, from the training guide's planning list. */
export const ORGANISER_TASKS = [
  'invitations',
  'registrations',
  'venue',
  'catering',
  'speaker_fees',
  'travel',
] as const;
export type OrganiserTask = (typeof ORGANISER_TASKS)[number];

export const INVITATION_STATUSES = [
  'draft',
  'invited',
  'registered',
  'declined',
  'attended',
  'no_show',
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const MEASURE_STATUSES = ['planned', 'ongoing', 'done', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const EVENT_KIND_LABELS: Record<EventKind, Labels> = {
  training: { fi: 'Koulutus', sv: 'Utbildning', en: 'Training' },
  panel: { fi: 'Paneeli', sv: 'Panel', en: 'Panel' },
  forum: { fi: 'Foorumi', sv: 'Forum', en: 'Forum' },
  information_gathering: {
    fi: 'Tiedonkeruutilaisuus',
    sv: 'Informationsinsamling',
    en: 'Information-gathering event',
  },
  decision_maker_event: {
    fi: 'Päättäjätilaisuus',
    sv: 'Evenemang för beslutsfattare',
    en: 'Event for decision-makers',
  },
  other: { fi: 'Muu tilaisuus', sv: 'Annat evenemang', en: 'Other event' },
};

export const EVENT_STATUS_LABELS: Record<EventStatus, Labels> = {
  planned: { fi: 'Suunniteltu', sv: 'Planerat', en: 'Planned' },
  held: { fi: 'Pidetty', sv: 'Hållet', en: 'Held' },
  cancelled: { fi: 'Peruttu', sv: 'Inställt', en: 'Cancelled' },
};

export const PROGRAMME_ITEM_LABELS: Record<ProgrammeItemKind, Labels> = {
  expert_talk: { fi: 'Asiantuntijapuheenvuoro', sv: 'Expertanförande', en: 'Expert talk' },
  population_talk: {
    fi: 'Alueen väestöstä kertova puheenvuoro',
    sv: 'Anförande om regionens befolkning',
    en: "Talk on the region's population",
  },
  comment: { fi: 'Kommenttipuheenvuoro', sv: 'Kommentar', en: 'Comment' },
  panel: { fi: 'Paneelikeskustelu', sv: 'Paneldiskussion', en: 'Panel' },
  good_practice: {
    fi: 'Hyvän käytännön esittely',
    sv: 'Presentation av god praxis',
    en: 'Good-practice presentation',
  },
  other: { fi: 'Muu ohjelma', sv: 'Annat program', en: 'Other item' },
};

export const ORGANISER_TASK_LABELS: Record<OrganiserTask, Labels> = {
  invitations: { fi: 'Kutsut', sv: 'Inbjudningar', en: 'Invitations' },
  registrations: { fi: 'Ilmoittautumiset', sv: 'Anmälningar', en: 'Registrations' },
  venue: { fi: 'Tila', sv: 'Lokal', en: 'Venue' },
  catering: { fi: 'Tarjoilu', sv: 'Servering', en: 'Catering' },
  speaker_fees: { fi: 'Puhujapalkkiot', sv: 'Talararvoden', en: "Speakers' fees" },
  travel: { fi: 'Matkakulut', sv: 'Resekostnader', en: 'Travel' },
};

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, Labels> = {
  draft: { fi: 'Luonnos', sv: 'Utkast', en: 'Draft' },
  invited: { fi: 'Kutsuttu', sv: 'Inbjuden', en: 'Invited' },
  registered: { fi: 'Ilmoittautunut', sv: 'Anmäld', en: 'Registered' },
  declined: { fi: 'Ei pääse', sv: 'Avböjt', en: 'Declined' },
  attended: { fi: 'Osallistui', sv: 'Deltog', en: 'Attended' },
  no_show: { fi: 'Ei saapunut', sv: 'Uteblev', en: 'No-show' },
};

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, Labels> = {
  planned: { fi: 'Suunniteltu', sv: 'Planerad', en: 'Planned' },
  ongoing: { fi: 'Käynnissä', sv: 'Pågående', en: 'Ongoing' },
  done: { fi: 'Valmis', sv: 'Klar', en: 'Done' },
  dropped: { fi: 'Luovuttu', sv: 'Slopad', en: 'Dropped' },
};
