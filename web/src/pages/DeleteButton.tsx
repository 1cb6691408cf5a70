import { useState } from 'react';

/** Deletes after the user confirms; a refusal (e.g. a conflict) is shown beside the button. */
export function DeleteButton({
  label,
  confirm,
  onDelete,
  testId,
}: {
  label: string;
  confirm: string;
  onDelete(): Promise<void>;
  testId: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!window.confirm(confirm)) return;
    setBusy(true);
    setError(null);
    try {
      await onDelete();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => void run()}
        data-testid={testId}
      >
        {label}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
