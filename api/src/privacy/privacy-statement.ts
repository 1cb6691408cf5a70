import type { ExportLanguage } from '../exports/export-language';
import { escapeHtml, printPage } from '../exports/html-page';

export interface PrivacyConfig {
  /** The data controller: the organisation running this Verkosto. */
  controller: string | null;
  /** Where a person asks about their data (an address or a web page). */
  contact: string | null;
}

const TEXT: Record<
  ExportLanguage,
  { title: string; unset: string; paragraphs: string[]; controller: string; contact: string }
> = {
  fi: {
    title: 'Tietosuojaseloste',
    unset: 'ei asetettu (VERKOSTO_PRIVACY_CONTROLLER / VERKOSTO_PRIVACY_CONTACT)',
    controller: 'Rekisterinpitäjä',
    contact: 'Yhteystiedot tietosuoja-asioissa',
    paragraphs: [
      'Verkosto sisältää organisaatioiden yhteyshenkilöiden nimiä, tehtävänimikkeitä ja yhteystietoja väestösuhdetyön ja kotoutumisen edistämisen suunnittelua varten.',
      'Jokaisella yhteyshenkilöllä on kirjattu käsittelyperuste (yleinen tehtävä, suostumus tai oikeutettu etu) ja tiedon lähde.',
      'Voit pyytää nähdä kaikki sinusta tallennetut tiedot, korjata ne tai poistaa ne. Poisto poistaa myös sinuun kohdistuneet kutsut; muutoslokiin jää vain pseudonyymi merkintä.',
      'Jokainen muutos ja vienti kirjataan muutoslokiin (kuka, milloin, mitä).',
    ],
  },
  sv: {
    title: 'Dataskyddsbeskrivning',
    unset: 'inte angiven (VERKOSTO_PRIVACY_CONTROLLER / VERKOSTO_PRIVACY_CONTACT)',
    controller: 'Personuppgiftsansvarig',
    contact: 'Kontakt i dataskyddsfrågor',
    paragraphs: [
      'Verkosto innehåller namn, titlar och kontaktuppgifter till organisationers kontaktpersoner för planering av arbetet för goda befolkningsrelationer och integration.',
      'För varje kontaktperson registreras den rättsliga grunden (allmän uppgift, samtycke eller berättigat intresse) och uppgiftens källa.',
      'Du kan begära att få se alla uppgifter om dig, rätta dem eller radera dem. Raderingen tar också bort inbjudningar till dig; i ändringsloggen blir bara en pseudonym anteckning kvar.',
      'Varje ändring och export förs in i ändringsloggen (vem, när, vad).',
    ],
  },
  en: {
    title: 'Privacy statement',
    unset: 'not set (VERKOSTO_PRIVACY_CONTROLLER / VERKOSTO_PRIVACY_CONTACT)',
    controller: 'Data controller',
    contact: 'Contact for data protection',
    paragraphs: [
      'Verkosto holds the names, titles and contact details of organisations’ contact persons, to plan work for good population relations and integration.',
      'Each contact person has a recorded legal basis (public task, consent or legitimate interest) and the source of the data.',
      'You may ask to see everything held about you, to correct it or to erase it. Erasure also removes invitations addressed to you; the audit log keeps only a pseudonymous trace.',
      'Every change and export is written to the audit log (who, when, what).',
    ],
  },
};

export function privacyStatementHtml(config: PrivacyConfig, lang: ExportLanguage): string {
  const text = TEXT[lang];
  const body = [
    `<h1>${escapeHtml(text.title)}</h1>`,
    `<p><strong>${escapeHtml(text.controller)}:</strong> ${escapeHtml(config.controller ?? text.unset)}</p>`,
    `<p><strong>${escapeHtml(text.contact)}:</strong> ${escapeHtml(config.contact ?? text.unset)}</p>`,
    ...text.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join('\n');
  return printPage(lang, text.title, body);
}
