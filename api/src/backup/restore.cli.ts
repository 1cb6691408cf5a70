import { configuredStore, describeSummary, runCli, userPath } from './store-file-cli';
import { restoreStoreFile } from './store-file';

const USAGE =
  'Usage: npm run restore -- <backup.db>   (replaces the store VERKOSTO_SQLITE_PATH names; stop Verkosto first)';

/**
 * `npm run restore -- <backup.db>`: puts a backup in place of the embedded store. Refuses
 * while the store is open (Verkosto runs, or an import); keeps the replaced store aside.
 */
runCli(async (args) => {
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const store = configuredStore();
  const backup = userPath(args[0]);
  const result = await restoreStoreFile(backup, store.path);
  console.log(`Restored ${store.path} from ${backup}: ${describeSummary(result)}.`);
  if (result.previous) console.log(`The store it replaced is kept as ${result.previous}.`);
  return 0;
});
