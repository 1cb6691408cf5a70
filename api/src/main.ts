import './config/production-default';
import { FirstAdminService } from './accounts/first-admin.service';
import { ConfigError } from './config/app-config';
import { closeOnSignals } from './graceful-shutdown';
import { startServer } from './server';

startServer()
  .then((server) => {
    const { url, config } = server;
    const store =
      config.store.kind === 'sqlite' ? `SQLite ${config.store.path}` : `Neo4j ${config.store.uri}`;
    console.log(`Verkosto is running at ${url} (GraphQL at ${url}/graphql; store: ${store})`);
    const setupToken = server.app.get(FirstAdminService).setupToken;
    if (setupToken) {
      console.log(
        `Verkosto has no users yet: open ${url}/?setup=${setupToken} to create the first admin ` +
          '(or start with VERKOSTO_ADMIN_EMAIL and VERKOSTO_ADMIN_PASSWORD).',
      );
    }
    closeOnSignals(server, (line) => console.log(`Verkosto: ${line}`));
  })
  .catch((error: unknown) => {
    // A configuration problem is the user's to fix: one line that says what, no stack trace.
    if (error instanceof ConfigError) console.error(`Verkosto did not start: ${error.message}`);
    else console.error('Verkosto did not start:', error);
    process.exit(1);
  });
