import { resolve } from 'node:path';
import { ConfigError, loadConfig, type SqliteStoreConfig } from '../config/app-config';
import { StoreFileError, type StoreFileSummary } from './store-file';

/** What backup.cli and restore.cli share: the store path from the environment, one-line errors. */

export const NEO4J_ADVICE =
  'Verkosto is configured for Neo4j (NEO4J_URI): back it up with neo4j-admin database dump ' +
  'and restore it with neo4j-admin database load (see the README, "Back up and restore").';

/**
 * The SQLite store `npm start` would use: the same environment, and a relative
 * VERKOSTO_SQLITE_PATH read from the same folder (npm runs both from the repository root).
 */
export function configuredStore(): SqliteStoreConfig {
  const { store } = loadConfig(process.env, process.cwd());
  if (store.kind !== 'sqlite') throw new ConfigError(NEO4J_ADVICE);
  return store;
}

/** npm runs scripts from the workspace root; INIT_CWD is where the user typed the command. */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function describeSummary(summary: StoreFileSummary): string {
  return (
    `${summary.actors} actors, ${summary.persons} persons, ${summary.relationships} relationships ` +
    `(revision ${summary.revision})`
  );
}

/** Exit 0 on success; 1 when the files say no (in use, damaged, exists); 2 for usage and config. */
export function runCli(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof StoreFileError) {
        console.error(error.message);
        return process.exit(1);
      }
      if (error instanceof ConfigError) {
        console.error(error.message);
        return process.exit(2);
      }
      console.error(error);
      process.exit(2);
    },
  );
}
