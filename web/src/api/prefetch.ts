import { request } from './client';
import type { TypedDocumentString } from './generated/graphql';

/**
 * Requests started before the component that needs them exists: the explorer's code is a
 * lazy chunk, and fetching the network only once it has loaded puts the two in a row.
 * main.tsx starts the network request at once; useQuery takes the answer over (once).
 */
const pending = new Map<string, Promise<unknown>>();

const keyOf = (document: { toString(): string }, variables: unknown) =>
  `${document.toString()}\u0000${JSON.stringify(variables)}`;

export function prefetch<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): void {
  const promise = request(document, variables);
  // Nobody may take it over (another page was opened): the failure is not unhandled.
  promise.catch(() => {});
  pending.set(keyOf(document, variables), promise);
}

/** The prefetched request for exactly this operation and these variables, taken once. */
export function takePrefetched<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> | null {
  const key = keyOf(document, variables);
  const promise = pending.get(key) as Promise<TResult> | undefined;
  pending.delete(key);
  return promise ?? null;
}
