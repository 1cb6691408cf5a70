import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { ErasePersonDocument, PersonDataExportDocument } from '../api/generated/graphql';
import { download } from '../download';

/**
 * An admin's GDPR actions for one contact person: everything held about them as a JSON file,
 * and erasure (with their invitations and speaker entries), asked twice.
 */
export function PersonPrivacyActions({
  person,
  onErased,
}: {
  person: { id: string; name: string };
  onErased(): void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  const exportData = async () => {
    setError(null);
    try {
      const data = await request(PersonDataExportDocument, { id: person.id });
      const blob = new Blob([data.personDataExport], { type: 'application/json' });
      download(blob, `henkilotiedot-${person.id}.json`);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  const erase = async () => {
    if (!window.confirm(t('auth.confirmErase', { name: person.name }))) return;
    setError(null);
    try {
      await request(ErasePersonDocument, { id: person.id });
      onErased();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <span className="person-privacy">
      <button
        type="button"
        className="link"
        onClick={() => void exportData()}
        data-testid="person-export"
      >
        {t('auth.exportPersonData')}
      </button>{' '}
      <button
        type="button"
        className="link danger"
        onClick={() => void erase()}
        data-testid="person-erase"
      >
        {t('auth.erasePerson')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
