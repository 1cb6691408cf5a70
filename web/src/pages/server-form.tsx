import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type InputIssue } from '../api/client';
import { issueFor } from '../events/field-issues';

/**
 * What the event and plan forms share: saving through the API, where a stale version is a
 * conflict for the page to handle, field errors come back as issues, and anything else as
 * one message; and fields that show the server's error for them, tied together for screen
 * readers, in the UI language when the rule is known (`{kind}.rule.*`).
 */
export function useServerForm(kind: 'events' | 'plans', onConflict: () => void) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [issues, setIssues] = useState<InputIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const idOf = (name: string) => `${kind}-err-${name}`;

  const save = async (work: () => Promise<void>) => {
    setSaving(true);
    setIssues([]);
    setError(null);
    try {
      await work();
    } catch (err) {
      if (err instanceof ApiError && err.isConflict) onConflict();
      else if (err instanceof ApiError && err.issues.length) setIssues(err.issues);
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  /** A labelled field with its server error. */
  const field = (name: string, label: string, control: ReactNode) => {
    const issue = issueFor(issues, name);
    return (
      <label className="field">
        {label}
        {control}
        {issue && (
          <span className="field-error" id={idOf(name)} data-testid={`error-${name}`}>
            {t(`${kind}.rule.${issue.rule}`, { defaultValue: issue.message })}
          </span>
        )}
      </label>
    );
  };

  const described = (name: string) =>
    issueFor(issues, name) ? { 'aria-invalid': true, 'aria-describedby': idOf(name) } : {};

  return { saving, issues, error, save, field, described };
}
