import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './i18n/i18n';

/** The UI language, chosen anywhere the header is (the app and the sign-in page). */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language">
      {t('app.language')}
      <select
        value={i18n.language}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
        data-testid="language-select"
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`languages.${lng}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
