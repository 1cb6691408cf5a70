import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ImportIssue {
  file: string;
  line: number | null;
  column: string | null;
  message: string;
}

interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  rows: { actors: number; persons: number; relationships: number };
  issues: ImportIssue[];
}

/** Uploads CSV files to POST /api/import and shows its report. */
export function ImportForm({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const dryRun = form.get('dryRun') === 'on';
    form.delete('dryRun');
    for (const field of ['persons', 'relationships']) {
      const file = form.get(field);
      if (file instanceof File && file.size === 0) form.delete(field);
    }
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const response = await fetch(`/api/import${dryRun ? '?dryRun=true' : ''}`, {
        method: 'POST',
        body: form,
      });
      const body = (await response.json()) as ImportReport & { message?: string };
      if (!Array.isArray(body.issues)) throw new Error(body.message ?? `HTTP ${response.status}`);
      setReport(body);
      if (body.ok && !body.dryRun) onImported();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="import-form" onSubmit={(e) => void submit(e)} aria-labelledby="import-heading">
      <h3 id="import-heading">{t('import.heading')}</h3>
      <p className="hint">{t('import.body')}</p>
      <label className="field">
        {t('import.actors')}
        <input type="file" name="actors" accept=".csv,text/csv" required />
      </label>
      <label className="field">
        {t('import.persons')}
        <input type="file" name="persons" accept=".csv,text/csv" />
      </label>
      <label className="field">
        {t('import.relationships')}
        <input type="file" name="relationships" accept=".csv,text/csv" />
      </label>
      <label className="check">
        <input type="checkbox" name="dryRun" />
        {t('import.dryRun')}
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('import.running') : t('import.submit')}
      </button>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div
          className={`notice ${report.ok ? 'ok' : 'error'}`}
          role={report.ok ? 'status' : 'alert'}
        >
          {report.ok
            ? report.dryRun
              ? t('import.okDryRun')
              : t('import.ok', report.rows)
            : t('import.failed', { count: report.issues.length })}
          {!report.ok && (
            <ul>
              {report.issues.slice(0, 50).map((i, n) => (
                <li key={n}>
                  {t('import.issue', {
                    file: i.file,
                    line: i.line ?? '–',
                    column: i.column ?? '–',
                    message: i.message,
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
