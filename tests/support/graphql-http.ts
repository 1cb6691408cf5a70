import { expect } from 'vitest';
import { fetchSignedIn } from './session';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface HttpAnswer<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: GraphQLError[] };
}

/**
 * POSTs to /graphql as a browser script would: JSON unless told otherwise, with the session
 * of the API's first admin (give a `cookie` header, even an empty one, to send another).
 */
export async function postGraphql<T = Record<string, any>>(
  url: string,
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<HttpAnswer<T>> {
  const response = await fetchSignedIn(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** The data of a query that must succeed. */
export async function query<T = Record<string, any>>(
  url: string,
  text: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const answer = await postGraphql<T>(url, { query: text, variables });
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
  return answer.body.data as T;
}

/** A normal request answered in full: the server took no harm from what came before. */
export async function expectStillServing(url: string): Promise<void> {
  const data = await query<{ regions: unknown[] }>(url, '{ regions { code nameFi } }');
  expect(data.regions).toHaveLength(19);
}
