import { configuredStore, describeSummary, runCli, userPath } from './store-file-cli';
import { backupStoreFile } from './store-file';

const USAGE =
  'Usage: npm run backup -- <new-file.db>   (copies the store VERKOSTO_SQLITE_PATH names)';

/**
 * `npm run backup -- <new-file.db>`: a consistent copy of the embedded store, taken while
 * Verkosto runs and writes. Refuses to overwrite a file.
 */
runCli(async (args) => {
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const store = configuredStore();
  const target = userPath(args[0]);
  const started = performance.now();
  const summary = await backupStoreFile(store.path, target);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Backed up ${store.path} to ${target} in ${seconds} s: ${describeSummary(summary)}.`);
  return 0;
});
