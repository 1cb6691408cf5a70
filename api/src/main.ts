import './config/production-default';
import { ConfigError } from './config/app-config';
import { closeOnSignals } from './graceful-shutdown';
import { startServer } from './server';

startServer()
  .then((server) => {
    const { url, config } = server;
    const store =
      config.store.kind === 'sqlite' ? `SQLite ${config.store.path}` : `Neo4j ${config.store.uri}`;
    console.log(`Verkosto is running at ${url} (GraphQL at ${url}/graphql; store: ${store})`);
    closeOnSignals(server, (line) => console.log(`Verkosto: ${line}`));
  })
  .catch((error: unknown) => {
    // A configuration problem is the user's to fix: one line that says what, no stack trace.
    if (error instanceof ConfigError) console.error(`Verkosto did not start: ${error.message}`);
    else console.error('Verkosto did not start:', error);
    process.exit(1);
  });
