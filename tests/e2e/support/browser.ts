import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT } from '../../support/paths';
import { spawnApi, type SpawnedApi } from '../../support/spawn-api';

export const ARTIFACTS = join(REPO_ROOT, 'tests', 'artifacts');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** An API to be signed in to, as spawnApi returns it. */
export interface SignedInApi {
  url: string;
  cookie: string | null;
}

/**
 * Debian's Chromium, headless, through playwright-core. A persistent context because
 * Playwright refuses --user-data-dir in launch() args; its profile is thrown away on close.
 * Given an API, the browser holds its admin's session cookie, as after signing in.
 */
export async function openBrowser(signedInTo?: SignedInApi): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'verkosto-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  if (signedInTo?.cookie) {
    const [name, value] = signedInTo.cookie.split('=');
    await context.addCookies([
      { name, value, url: signedInTo.url, httpOnly: true, sameSite: 'Lax' },
    ]);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under tests/artifacts/ (gitignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export interface ApiAndBrowser {
  readonly api: SpawnedApi;
  readonly browser: Browser;
  readonly page: Page;
}

/**
 * For a describe block: an API of its own (spawnApi, with `env`) and a browser signed in to
 * it, started before its tests and stopped after them. They exist only once the tests run,
 * hence getters rather than values to destructure at the top of the block.
 */
export function apiAndBrowser(env?: NodeJS.ProcessEnv): ApiAndBrowser {
  let api: SpawnedApi | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    api = await spawnApi(env);
    browser = await openBrowser(api);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('apiAndBrowser: used outside the tests of its describe block');
    return value;
  };
  return {
    get api() {
      return started(api);
    },
    get browser() {
      return started(browser);
    },
    get page() {
      return started(browser).page;
    },
  };
}
