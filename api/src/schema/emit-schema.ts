import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../server';
import { printAppSchema, SCHEMA_FILE } from './print-schema';

/**
 * `npm run schema`: writes the schema the code declares to api/schema.gql. The file is
 * committed so schema changes show in review and web/ can generate its types from it; a test
 * fails when it is out of date.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-schema-'));
  const server = await startServer({
    HOST: '127.0.0.1',
    PORT: '0',
    VERKOSTO_SQLITE_PATH: join(dir, 'schema.db'),
    VERKOSTO_DEMO: '0',
    VERKOSTO_LOG: 'quiet',
  });
  try {
    const target = join(__dirname, '..', '..', SCHEMA_FILE);
    writeFileSync(target, printAppSchema(server.app));
    console.log(`Wrote ${target}`);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
