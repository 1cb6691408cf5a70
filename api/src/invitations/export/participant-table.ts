import type { GeographyIndex } from '../../domain/geography-index';
import { CATEGORY_LABELS } from '../../domain/categories';
import { INVITATION_STATUS_LABELS, type InvitationStatus } from '../../domain/event-vocabulary';
import type { ExportLanguage } from '../../exports/export-language';
import type { ExportTable } from '../../exports/table';
import type { InvitationView } from '../invitations.service';

const HEADERS: Record<ExportLanguage, string[]> = {
  fi: [
    'Organisaatio',
    'Luokka',
    'Kunta',
    'Yhteyshenkilö',
    'Tehtävänimike',
    'Sähköposti',
    'Puhelin',
    'Tila',
  ],
  sv: [
    'Organisation',
    'Kategori',
    'Kommun',
    'Kontaktperson',
    'Titel',
    'E-post',
    'Telefon',
    'Status',
  ],
  en: [
    'Organisation',
    'Category',
    'Municipality',
    'Contact person',
    'Title',
    'Email',
    'Phone',
    'Status',
  ],
};

const WIDTHS = [40, 28, 16, 26, 28, 36, 18, 16];

const SHEET: Record<ExportLanguage, string> = {
  fi: 'Kutsulista',
  sv: 'Inbjudningslista',
  en: 'Invitations',
};

/**
 * The columns of every invitation-list export: organisation, category, municipality, contact
 * person, title, email, phone, status. Email and phone are the contact person's when the
 * invitation goes to one, else the actor's own.
 */
export function participantTable(
  rows: readonly InvitationView[],
  geo: GeographyIndex,
  lang: ExportLanguage,
  statuses?: readonly InvitationStatus[],
): ExportTable {
  const wanted = statuses?.length ? new Set(statuses) : null;
  return {
    name: SHEET[lang],
    header: HEADERS[lang],
    widths: WIDTHS,
    rows: rows
      .filter((r) => !wanted || wanted.has(r.invitation.status))
      .map(({ invitation, actor, person }) => {
        const municipality = actor.municipalityCode
          ? geo.municipalities.get(actor.municipalityCode)
          : undefined;
        const municipalityName =
          lang === 'sv' ? (municipality?.nameSv ?? municipality?.nameFi) : municipality?.nameFi;
        return [
          actor.name,
          CATEGORY_LABELS[actor.category][lang],
          municipalityName ?? '',
          person?.name ?? '',
          person?.title ?? '',
          (person ? person.email : actor.email) ?? '',
          (person ? person.phone : actor.phone) ?? '',
          INVITATION_STATUS_LABELS[invitation.status][lang],
        ];
      }),
  };
}

/** The addresses, each once (compared case-insensitively), to paste into BCC. */
export function bccList(table: ExportTable): string {
  const seen = new Map<string, string>();
  for (const row of table.rows) {
    const email = row[5].trim();
    if (email && !seen.has(email.toLowerCase())) seen.set(email.toLowerCase(), email);
  }
  return [...seen.values()].join(', ');
}
