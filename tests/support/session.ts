/** The first admin every spawned API gets (VERKOSTO_ADMIN_EMAIL / VERKOSTO_ADMIN_PASSWORD). */
export const TEST_ADMIN = { email: 'admin@verkosto.test', password: 'test-admin-password' };

/**
 * The session cookie ("verkosto_session=...") each running API's admin signed in with, by
 * the API's URL, so the HTTP helpers send it without every test passing it along.
 */
export const SESSION_COOKIES = new Map<string, string>();

/** Signs in through the login mutation, as the web app does, and returns the cookie it set. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  });
  const body = (await response.json()) as { errors?: unknown };
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (body.errors || !cookie) {
    throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(body)}`);
  }
  return cookie;
}

/** fetch() with the session cookie of the API the URL belongs to. */
export function fetchSignedIn(url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const origin = new URL(url).origin;
  const cookie = SESSION_COOKIES.get(origin);
  if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
  return fetch(url, { ...init, headers });
}
