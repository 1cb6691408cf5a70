import type { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/app-config';
import type { GraphStore } from './graph-store';
import { SqliteGraphStore } from './sqlite/sqlite-graph-store';

/**
 * Opens and initialises the configured store. A store that cannot be opened is a
 * configuration the user must fix, so the error says what to change.
 */
export async function openStore(config: AppConfig['store']): Promise<GraphStore> {
  if (config.kind === 'sqlite') {
    let store: SqliteGraphStore | undefined;
    try {
      store = new SqliteGraphStore(config.path);
      await store.init();
      return store;
    } catch (error) {
      await store?.close().catch(() => undefined);
      throw new ConfigError(
        `Cannot open the embedded store at ${config.path} (${reason(error)}). ` +
          'Set VERKOSTO_SQLITE_PATH to a file in a writable folder.',
      );
    }
  }
  // Loaded only when configured: the embedded store's users never pay for the driver.
  const { Neo4jGraphStore } = await import('./neo4j/neo4j-graph-store.js');
  const store = new Neo4jGraphStore(config);
  try {
    await store.init();
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw new ConfigError(
      `Cannot use Neo4j at ${config.uri} (${reason(error)}). Check that it runs and that ` +
        'NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE are right, ' +
        'or unset NEO4J_URI to use the embedded store.',
    );
  }
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].replace(/\.$/, '');
}
