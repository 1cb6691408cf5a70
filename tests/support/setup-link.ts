import type { SpawnedApi } from './spawn-api';

const SETUP_LINE = /open (http:\/\/\S+\/\?setup=([\w-]+)) to create the first admin/;

/**
 * The one-time setup link an API on a store without users prints at start, and its token;
 * the line follows the "running at" line, perhaps in a later chunk of output.
 */
export async function setupLink(api: SpawnedApi): Promise<{ url: string; token: string }> {
  for (let i = 0; i < 50 && !SETUP_LINE.test(api.output()); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const match = SETUP_LINE.exec(api.output());
  if (!match) throw new Error(`no setup link in the API's output:\n${api.output()}`);
  return { url: match[1], token: match[2] };
}
