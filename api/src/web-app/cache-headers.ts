import type { ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';

/** Vite names every built asset after its content's hash (`ExplorerPage-Crcbi4kY.js`). */
const HASHED_ASSET = /-[\w-]{8}(\.\w+)+$/;

/**
 * Cache headers for the built web app. A hashed asset never changes under its name, so the
 * browser keeps it for a year without asking again, and Chromium then also keeps the
 * compiled code of its scripts: a returning planner's explorer starts without fetching or
 * compiling 0.5 MB of JavaScript. Everything else (index.html, which names the current
 * assets) is checked on every load, so a new release shows at once.
 */
export function cacheHeaders(res: ServerResponse, path: string): void {
  const hashed = basename(dirname(path)) === 'assets' && HASHED_ASSET.test(basename(path));
  res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}
