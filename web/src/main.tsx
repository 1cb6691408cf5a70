import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, explorerPage } from './App';
import { AuthGate } from './auth/AuthGate';
import { prefetch } from './api/prefetch';
import { NetworkDocument } from './api/generated/graphql';
import { setupI18n } from './i18n/i18n';
import { NATIONAL, parseUrlState } from './url-state';
import './styles.css';

setupI18n();

// Opening a link to a region: fetch its network and load the explorer's code side by side,
// before React has rendered anything (both would otherwise wait for the other). Not for the
// events pages: they need the network only when an actor is picked, maybe much later, and a
// prefetched answer taken then would miss the actors added since.
const start = parseUrlState(window.location.search);
if (start.region && start.page === 'explorer') {
  // The code first: the API answers static files at once, and the network after it.
  void explorerPage.preload();
  prefetch(NetworkDocument, { regionCode: start.region === NATIONAL ? null : start.region });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthGate>
      <App />
    </AuthGate>
  </StrictMode>,
);
