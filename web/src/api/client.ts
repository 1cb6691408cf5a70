import type { TypedDocumentString } from './generated/graphql';

export interface InputIssue {
  field: string;
  rule: string;
  message: string;
}

/** A GraphQL error the UI can act on: CONFLICT (stale version), BAD_USER_INPUT (issues). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly currentVersion: number | null = null,
    readonly issues: InputIssue[] = [],
    /** TOO_MANY_REQUESTS: when to try again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isConflict(): boolean {
    return this.code === 'CONFLICT';
  }

  /** The input was refused because of this field (e.g. a region code that does not exist). */
  refusedField(field: string): boolean {
    return this.issues.some((issue) => issue.field === field);
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: {
    code?: string;
    currentVersion?: number;
    issues?: InputIssue[];
    retryAfterSeconds?: number;
  };
}

const ENDPOINT = '/graphql';

/**
 * Fired on window when the API says the session is gone (expired, or signed out in another
 * tab): the sign-in gate listens and shows the sign-in page.
 */
export const SIGNED_OUT_EVENT = 'verkosto:signed-out';

/**
 * Posts one typed operation and returns its data, or throws ApiError (GraphQL errors) or a
 * network error. Fetch only: no client library, the app's needs are a handful of queries.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, response.ok ? null : `HTTP_${response.status}`);
  }
  const first = body.errors?.[0];
  if (first?.extensions?.code === 'UNAUTHENTICATED') {
    window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  }
  if (first) {
    throw new ApiError(
      first.message,
      first.extensions?.code ?? null,
      first.extensions?.currentVersion ?? null,
      first.extensions?.issues ?? [],
      first.extensions?.retryAfterSeconds ?? null,
    );
  }
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, null);
  return body.data;
}
