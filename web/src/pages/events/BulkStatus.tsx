import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_STATUSES, type InvitationStatus } from '../../events/invitation-rows';
import { TranslatedOptions } from '../../forms/TranslatedOptions';

interface BulkStatusProps {
  selectedCount: number;
  busy: boolean;
  onApply(status: InvitationStatus): void;
}

/** One status for every selected row at once (the API changes all or none). */
export function BulkStatus({ selectedCount, busy, onApply }: BulkStatusProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<InvitationStatus>('invited');
  return (
    <div className="bulk-status" role="group" aria-label={t('events.bulkStatus')}>
      <span>{t('events.selected', { count: selectedCount })}</span>
      <label className="field inline">
        {t('events.newStatus')}
        <select
          value={status}
          onChange={(e) => setStatus(e.target.value as InvitationStatus)}
          data-testid="bulk-status"
        >
          <TranslatedOptions values={INVITATION_STATUSES} labels="events.status" />
        </select>
      </label>
      <button
        type="button"
        disabled={busy || selectedCount === 0}
        onClick={() => onApply(status)}
        data-testid="bulk-apply"
      >
        {t('events.apply')}
      </button>
    </div>
  );
}
