// Runs a TypeScript file of the api with Node 20 by compiling .ts on require() with SWC, the
// way worker/start-worker.ts starts workers from sources. A dev tool for the scripts in this
// folder: node src/analysis/testing/run-ts.mjs src/analysis/testing/export-partitions.ts
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
  });
  module._compile(code, filename);
};

const entry = process.argv[2];
if (!entry) throw new Error('usage: node run-ts.mjs <file.ts>');
require(resolve(entry));
