import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const requireFromRepo = createRequire(join(REPO_ROOT, 'package.json'));
/** Compiled API modules (CommonJS), loaded the way production loads them. */
export const apiDist = (path) => requireFromRepo(join(REPO_ROOT, 'api', 'dist', path));

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** The admin every bench API gets; the benches act as this user. */
const BENCH_ADMIN = { email: 'admin@verkosto.bench', password: 'bench-admin-password' };

/** Session cookies by API URL, so `gql` and `jsonHeaders` send the admin's session. */
const cookies = new Map();

/** JSON request headers with the session of the API at `url`. */
export function jsonHeaders(url) {
  return { 'content-type': 'application/json', cookie: cookies.get(url) ?? '' };
}

/** The admin's session cookie as { name, value } (for a browser context). */
export function sessionCookie(url) {
  const [name, value] = (cookies.get(url) ?? '=').split('=');
  return { name, value };
}

/**
 * Starts api/dist/main.js; resolves once it prints where it runs and its admin has signed
 * in. `started` is taken before the spawn, so start-up times do not include the sign-in.
 */
export async function startApi(env) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(REPO_ROOT, 'api', 'dist', 'main.js')], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: '0',
      VERKOSTO_LOG: 'quiet',
      VERKOSTO_ADMIN_EMAIL: BENCH_ADMIN.email,
      VERKOSTO_ADMIN_PASSWORD: BENCH_ADMIN.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const running = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+?) /.exec(output);
      if (match) {
        resolve({ url: match[1], child, started, ready: performance.now() });
      }
    });
    child.on('exit', (code) => reject(new Error(`the API exited with ${code}: ${output}`)));
  });
  const login = await fetch(`${running.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: BENCH_ADMIN.email, p: BENCH_ADMIN.password },
    }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`the bench admin could not sign in: ${await login.text()}`);
  cookies.set(running.url, cookie);
  return { ...running, stop: () => stopApi(child) };
}

function stopApi(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

export async function gql(url, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: jsonHeaders(url),
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { body, bytes: text.length };
}

export function printTable(title, rows) {
  console.log(`\n${title}`);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const row of rows)
    console.log('  ' + row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
}
