import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker module `<dir>/<base>`.
 *
 * Compiled (api/dist/analysis/...), the .js file sits next to the caller and Node runs it.
 * From the TypeScript sources (Vitest, or a script run with a TS loader) there is no .js:
 * Node 20 cannot run .ts, and Vitest's transform does not reach into worker threads. The
 * worker then starts from a few lines of JavaScript that register a require() hook compiling
 * .ts with SWC (@swc/core, the dev dependency Vitest already uses here) and load the .ts
 * module. Production never takes that path: it has the .js files and no dev dependencies.
 */
export function startWorker(dir: string, base: string, options: WorkerOptions = {}): Worker {
  const compiled = join(dir, `${base}.js`);
  if (existsSync(compiled)) return new Worker(compiled, options);
  const source = join(dir, `${base}.ts`);
  if (!existsSync(source)) throw new Error(`worker module ${base} not found in ${dir}`);
  return new Worker(bootstrap(source), { ...options, eval: true });
}

function bootstrap(entry: string): string {
  const load = createRequire(__filename);
  const swc = load.resolve('@swc/core');
  // Keep SWC's native addon loaded in this thread too: when it is loaded only by workers, a
  // worker terminated in the middle of a compile can take the whole process down with it
  // (seen under Vitest's forks pool).
  load(swc);
  return `
const { readFileSync } = require('node:fs');
const { transformSync } = require(${JSON.stringify(swc)});
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
  });
  module._compile(code, filename);
};
require(${JSON.stringify(entry)});
`;
}
