import { ApiError, type InputIssue } from '../api/client';

export type SaveFailure =
  /** currentVersion: the version that won, where the API says it. */
  | { type: 'conflict'; currentVersion: number | null }
  | { type: 'issues'; issues: InputIssue[] }
  | { type: 'message'; message: string };

/**
 * A stale version is the page's to resolve (it offers a reload: the form's values were
 * made from the old one); field errors go next to their fields; anything else is shown as
 * the API's own message, English as it is, because it says more than a generic failure.
 */
export function saveFailure(err: unknown): SaveFailure {
  if (err instanceof ApiError && err.isConflict)
    return { type: 'conflict', currentVersion: err.currentVersion };
  if (err instanceof ApiError && err.issues.length) return { type: 'issues', issues: err.issues };
  return { type: 'message', message: err instanceof Error ? err.message : String(err) };
}
