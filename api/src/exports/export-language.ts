import type { Labels } from '../domain/categories';

export const EXPORT_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** `?lang=sv|en`; Finnish, the users' first language, otherwise. */
export function exportLanguage(value: unknown): ExportLanguage {
  return (EXPORT_LANGUAGES as readonly unknown[]).includes(value)
    ? (value as ExportLanguage)
    : 'fi';
}

export function label(labels: Labels, lang: ExportLanguage): string {
  return labels[lang];
}
