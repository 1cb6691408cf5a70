import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/app-config';
import { InputError } from '../domain/input-error';
import { GeographyService } from '../geography/geography.service';
import { openStore } from '../store/open-store';
import { formatReport } from './import-report';
import { ImportService } from './import.service';
import { readImportFolder } from './read-import-folder';

const USAGE =
  'Usage: npm run import -- <folder> [--dry-run]   (the folder holds actors.csv, and optionally persons.csv and relationships.csv)';

/**
 * `npm run import -- <folder> [--dry-run]`: imports a folder of CSV files into the store the
 * environment configures (the same one `npm start` uses). Exit code 0 when imported (or valid
 * on a dry run), 1 when the files have problems, 2 for a usage or configuration error.
 */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  // The folder is where the user typed the command (npm's INIT_CWD); the store is found as
  // `npm start` finds it, from the repository root where npm runs the script.
  const folder = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]);
  const files = readImportFolder(folder);
  const store = await openStore(loadConfig(process.env).store);
  try {
    const geography = new GeographyService(store);
    await geography.ensureLoaded();
    const report = await new ImportService(store, geography).run(files, {
      dryRun: values['dry-run'],
    });
    console.log(formatReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof InputError) {
      console.error(error.message);
      return process.exit(2);
    }
    console.error(error);
    process.exit(2);
  },
);
