import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../LanguageSelect';

/** The header and centred card the sign-in and setup pages share. */
export function AuthPageFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <header className="app-header">
        <h1>
          {t('app.title')}
          <span className="tagline">{t('app.tagline')}</span>
        </h1>
        <LanguageSelect />
      </header>
      <main id="main" className="auth-page">
        <section className="auth-card">
          <h2>{title}</h2>
          <p>{intro}</p>
          {children}
          <p className="auth-privacy">
            <a href={`/privacy.html?lang=${i18n.language}`} target="_blank" rel="noreferrer">
              {t('auth.privacy')}
            </a>
          </p>
        </section>
      </main>
    </>
  );
}
