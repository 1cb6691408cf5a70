import { resolve } from 'node:path';
import { writeImportFolder } from '../csv/write-import-folder';
import { generateNetwork } from './generate-network';
import { parseCliArgs } from './parse-cli-args';

/** Writes a synthetic import folder; prints what it made and how long it took. */
function main(): void {
  const { options, out } = parseCliArgs(process.argv.slice(2));
  const started = performance.now();
  const rows = generateNetwork(options);
  const generated = performance.now();
  // Under `npm run -w graph-seed generate` the cwd is graph-seed; INIT_CWD is where the user was.
  const folder = resolve(process.env.INIT_CWD ?? process.cwd(), out);
  writeImportFolder(folder, rows);
  const written = performance.now();
  console.log(
    `Generated ${rows.actors.length} actors, ${rows.persons.length} persons and ` +
      `${rows.relationships.length} relationships (seed ${options.seed}) in ` +
      `${Math.round(generated - started)} ms; wrote ${folder} in ${Math.round(written - generated)} ms`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
