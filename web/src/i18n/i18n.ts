import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { authEn } from './auth.en';
import { authFi } from './auth.fi';
import { authSv } from './auth.sv';
import { en } from './en';
import { eventsEn } from './events.en';
import { eventsFi } from './events.fi';
import { eventsSv } from './events.sv';
import { fi } from './fi';
import { plansEn } from './plans.en';
import { plansFi } from './plans.fi';
import { plansSv } from './plans.sv';
import { sv } from './sv';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'verkosto.language';

/** The saved choice, else Finnish: the users' first language, whatever the browser says. */
export function initialLanguage(saved: string | null): Language {
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Language) : 'fi';
}

export function setupI18n(): typeof i18next {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode); Finnish it is.
  }
  void i18next.use(initReactI18next).init({
    // The events and plans pages and sign-in keep their labels in files of their own (fewer merge conflicts).
    resources: {
      fi: { translation: { ...fi, events: eventsFi, auth: authFi, plans: plansFi } },
      sv: { translation: { ...sv, events: eventsSv, auth: authSv, plans: plansSv } },
      en: { translation: { ...en, events: eventsEn, auth: authEn, plans: plansEn } },
    },
    lng: initialLanguage(saved),
    fallbackLng: 'fi',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Not saved; the choice still holds for this visit.
    }
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
