import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './i18n/i18n';
import { ExplorerPage } from './pages/explorer/ExplorerPage';
import { StartPage } from './pages/StartPage';
import { DEFAULT_STATE } from './url-state';
import { useUrlState } from './use-url-state';

export function App() {
  const { t, i18n } = useTranslation();
  const [state, update] = useUrlState();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <h1>
          <a
            href="/"
            onClick={(e) => {
              e.preventDefault();
              update({ ...DEFAULT_STATE }, 'push');
            }}
          >
            {t('app.title')}
          </a>
          <span className="tagline">{t('app.tagline')}</span>
        </h1>
        {state.region && (
          <button
            type="button"
            className="link"
            onClick={() => update({ ...DEFAULT_STATE }, 'push')}
            data-testid="change-region"
          >
            {t('scope.changeRegion')}
          </button>
        )}
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
      </header>
      <main id="main">
        {state.region ? (
          <ExplorerPage key={state.region} state={state} update={update} />
        ) : (
          <StartPage onChoose={(region) => update({ ...DEFAULT_STATE, region }, 'push')} />
        )}
      </main>
    </>
  );
}
