import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** A failed request, said plainly, with a way to try again. */
export function QueryError({ error, onRetry }: { error: Error; onRetry(): void }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.message : t('app.networkError');
  return (
    <div className="notice error" role="alert">
      <strong>{t('app.errorTitle')}</strong>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
