import { ApiError } from '../api/client';

/** The sign-in page's message for a failed attempt: a label key and its values. */
export function signInMessage(error: unknown): { key: string; values?: Record<string, unknown> } {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
    return { key: 'auth.wrongCredentials' };
  }
  if (error instanceof ApiError && error.code === 'TOO_MANY_REQUESTS') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return { key: 'auth.tooManyAttempts', values: { minutes } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { key: 'auth.failed', values: { message } };
}
