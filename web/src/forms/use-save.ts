import { useState, type FormEvent } from 'react';
import type { InputIssue } from '../api/client';
import { saveFailure } from './save-failure';

interface SaveOptions<R> {
  save(): Promise<R>;
  onSaved(saved: R): void;
  /** Someone saved in between; currentVersion is theirs, where the API says it. */
  onConflict(currentVersion: number | null): void;
}

/**
 * Submitting an edit form: one save at a time, and each failure where saveFailure sends it
 * (a conflict to the page, field errors to the fields, anything else as a message).
 */
export function useSave<R>(options: SaveOptions<R>) {
  const [saving, setSaving] = useState(false);
  const [issues, setIssues] = useState<InputIssue[]>([]);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setIssues([]);
    setError(null);
    try {
      options.onSaved(await options.save());
    } catch (err) {
      const failure = saveFailure(err);
      if (failure.type === 'conflict') options.onConflict(failure.currentVersion);
      else if (failure.type === 'issues') setIssues(failure.issues);
      else setError(failure.message);
    } finally {
      setSaving(false);
    }
  };

  return { saving, issues, error, submit };
}
