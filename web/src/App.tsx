import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { UserMenu } from './auth/UserMenu';
import { LanguageSelect } from './LanguageSelect';
import { lazyPage } from './lazy-page';
import { StartPage } from './pages/StartPage';
import { DEFAULT_STATE, togglePage, type PageName, type UrlState } from './url-state';
import { useUrlState, type UpdateState } from './use-url-state';

// The explorer carries Cytoscape (about half the code): the start page does not wait for it.
export const explorerPage = lazyPage(() =>
  import('./pages/explorer/ExplorerPage').then((m) => m.ExplorerPage),
);
const ExplorerPage = explorerPage.Page;
const EventsPage = lazyPage(() =>
  import('./pages/events/EventsPage').then((m) => m.EventsPage),
).Page;
const PlansPage = lazyPage(() => import('./pages/plans/PlansPage').then((m) => m.PlansPage)).Page;
const PlanPage = lazyPage(() => import('./pages/plans/PlanPage').then((m) => m.PlanPage)).Page;
const EventPage = lazyPage(() => import('./pages/events/EventPage').then((m) => m.EventPage)).Page;

export function App() {
  const { t } = useTranslation();
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
        {state.region && state.region !== 'all' && (
          <>
            {/* Each page's button leads there, and back to the map from the page itself. */}
            <PageLink state={state} update={update} page="events" label={t('events.events')} />
            <PageLink state={state} update={update} page="plans" label={t('plans.plans')} />
          </>
        )}
        <LanguageSelect />
        <UserMenu />
      </header>
      <main id="main">
        {state.region ? (
          <Suspense
            fallback={
              <p className="overlay" role="status">
                <span className="spinner" aria-hidden="true" />
                {t('app.loading')}
              </p>
            }
          >
            {state.page === 'events' && state.region !== 'all' && state.event ? (
              <EventPage
                key={state.event}
                regionCode={state.region}
                eventId={state.event}
                onBack={() => update({ event: null }, 'push')}
              />
            ) : state.page === 'plans' && state.region !== 'all' && state.plan ? (
              <PlanPage
                key={state.plan}
                regionCode={state.region}
                planId={state.plan}
                onBack={() => update({ plan: null }, 'push')}
              />
            ) : state.page === 'plans' && state.region !== 'all' ? (
              <PlansPage regionCode={state.region} onOpen={(plan) => update({ plan }, 'push')} />
            ) : state.page === 'events' && state.region !== 'all' ? (
              <EventsPage regionCode={state.region} onOpen={(event) => update({ event }, 'push')} />
            ) : (
              <ExplorerPage key={state.region} state={state} update={update} />
            )}
          </Suspense>
        ) : (
          <StartPage onChoose={(region) => update({ ...DEFAULT_STATE, region }, 'push')} />
        )}
      </main>
    </>
  );
}

function PageLink({
  state,
  update,
  page,
  label,
}: {
  state: UrlState;
  update: UpdateState;
  page: Exclude<PageName, 'explorer'>;
  /** What the link says on the other pages; on its own page it leads back to the map. */
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="link"
      onClick={() => update(togglePage(state, page), 'push')}
      data-testid={`${page}-link`}
    >
      {state.page === page ? t('app.title') : label}
    </button>
  );
}
