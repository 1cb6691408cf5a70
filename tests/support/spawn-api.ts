import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_MAIN } from './paths';
import { SESSION_COOKIES, TEST_ADMIN, fetchSignedIn, signIn } from './session';

export interface SpawnedApi {
  url: string;
  /** The first admin's session cookie; null when the API was started without one. */
  cookie: string | null;
  /** fetch() of a path on this API ("/api/..."), signed in as the first admin. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  dir: string;
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the built API (`node api/dist/main.js`) as its own process on 127.0.0.1 and a
 * random port, with its own SQLite file, and waits for the line that says where it runs.
 * Its first admin is TEST_ADMIN, signed in at once (over HTTP, as a browser would); the
 * helpers in graphql-http.ts and `fetch` send that session.
 */
export async function spawnApi(env: NodeJS.ProcessEnv = {}): Promise<SpawnedApi> {
  const dir = mkdtempSync(join(tmpdir(), 'verkosto-e2e-'));
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      VERKOSTO_SQLITE_PATH: join(dir, 'verkosto.db'),
      VERKOSTO_ADMIN_EMAIL: TEST_ADMIN.email,
      VERKOSTO_ADMIN_PASSWORD: TEST_ADMIN.password,
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
  const cookie =
    env.VERKOSTO_ADMIN_EMAIL === ''
      ? null
      : await signIn(url, TEST_ADMIN.email, TEST_ADMIN.password);
  if (cookie) SESSION_COOKIES.set(url, cookie);
  return {
    url,
    cookie,
    fetch: (path, init) => fetchSignedIn(`${url}${path}`, init),
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
