import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN } from './paths';

export interface SpawnedApi {
  url: string;
  dir: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the built API (`node api/dist/main.js`) as its own process on 127.0.0.1 and a
 * random port, with its own SQLite file, and waits for the line that says where it runs.
 */
export async function spawnApi(env: NodeJS.ProcessEnv = {}): Promise<SpawnedApi> {
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-e2e-'));
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      VERKOSTO_SQLITE_PATH: join(dir, 'verkosto.db'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`API did not start in 30 s:\n${output}`)),
      30_000,
    );
    const check = () => {
      const match = /running at (http:\/\/\S+?) /.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dir,
    process: child,
    output: () => output,
    async stop() {
      // A child killed by a signal has signalCode set and exitCode still null.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
