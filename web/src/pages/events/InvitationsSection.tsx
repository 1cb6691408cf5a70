import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../../api/client';
import {
  AddInvitationsDocument,
  DeleteInvitationDocument,
  EventInvitationsDocument,
  SetInvitationContactDocument,
  SetInvitationStatusDocument,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/use-query';
import {
  bulkStatusInput,
  INVITATION_STATUSES,
  toggleSelected,
  type InvitationStatus,
} from '../../events/invitation-rows';
import { nextSort, sortInvitationRows, type InvitationSort } from '../../events/invitation-sort';
import {
  filterByStatus,
  keepExisting,
  toggleAll,
  toTableRow,
  type TableRow,
} from '../../events/invitation-table';
import { QueryError } from '../QueryError';
import { BulkStatus } from './BulkStatus';
import { InvitationBuilder } from './InvitationBuilder';
import { InvitationChecklist } from './InvitationChecklist';
import { InvitationCounts } from './InvitationCounts';
import { InvitationExports } from './InvitationExports';
import { InvitationTable } from './InvitationTable';
import { TranslatedOptions } from '../../forms/TranslatedOptions';

/**
 * The event's invitation list: counts, the status table with its bulk change, and the
 * contact person per row. Every change goes to the API with the row's version; a stale one
 * comes back as CONFLICT and the list offers to reload instead of overwriting.
 */
export function InvitationsSection({
  eventId,
  regionCode,
  readOnly,
}: {
  eventId: string;
  regionCode: string;
  /** The user may look but not change (a viewer, or another region's event). */
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { data, error, loading, reload } = useQuery(EventInvitationsDocument, { id: eventId });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [shown, setShown] = useState<InvitationStatus | null>(null);
  const [sort, setSort] = useState<InvitationSort | null>(null);
  const event = data?.event;
  const rows = useMemo(
    () => (event?.invitations ?? []).map((inv) => toTableRow(inv, i18n.language)),
    [event, i18n.language],
  );
  const visible = sortInvitationRows(filterByStatus(rows, shown), sort, i18n.language, (c) =>
    t(`categories.${c}`),
  );
  // Only rows on screen stay selected: a bulk change never touches a row the user cannot see.
  const ids = visible.map((r) => r.id);
  const selection = keepExisting(selected, ids);

  /** Runs one change, then reloads the list; a conflict or error is said above the table. */
  const change = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      reload();
    } catch (e) {
      if (e instanceof ApiError && e.isConflict) setConflict(true);
      else setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const applyStatus = (status: InvitationStatus) => {
    const invitations = bulkStatusInput(rows, selection, status);
    if (invitations.length === 0) return;
    void change(async () => {
      await request(SetInvitationStatusDocument, { eventId, invitations, status });
      setSelected(new Set());
    });
  };
  const setContact = (row: TableRow, personId: string | null) =>
    void change(() =>
      request(SetInvitationContactDocument, { id: row.id, version: row.version, personId }),
    );
  // A checklist suggestion is one explicit pick: added straight away, no preview.
  const invite = (actorId: string) =>
    void change(() =>
      request(AddInvitationsDocument, {
        eventId,
        sources: { actors: [{ actorId }] },
        dryRun: false,
      }),
    );
  const remove = (row: TableRow) => {
    // Removing loses the row's status history; a slip of the mouse should not do that.
    if (!window.confirm(t('events.table.confirmRemove', { name: row.name }))) return;
    void change(() => request(DeleteInvitationDocument, { id: row.id, version: row.version }));
  };

  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!event) {
    return loading ? (
      <p role="status">
        <span className="spinner" aria-hidden="true" />
        {t('app.loading')}
      </p>
    ) : null;
  }
  return (
    <section className="invitations-section" aria-labelledby="invitations-heading">
      <h3 id="invitations-heading">{t('events.invitations')}</h3>
      <InvitationCounts counts={event.invitationCounts} />
      {conflict && (
        <div className="notice error" role="alert" data-testid="invitation-conflict">
          <p>{t('events.conflict')}</p>
          <button
            type="button"
            onClick={() => {
              setConflict(false);
              reload();
            }}
          >
            {t('events.reload')}
          </button>
        </div>
      )}
      {failure && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t('events.emptyList')}</p>
      ) : (
        <>
          <div className="table-tools">
            <label className="field inline">
              {t('events.show')}
              <select
                value={shown ?? ''}
                onChange={(e) => setShown((e.target.value || null) as InvitationStatus | null)}
                data-testid="status-filter"
              >
                <option value="">{t('events.allStatuses')}</option>
                <TranslatedOptions values={INVITATION_STATUSES} labels="events.status" />
              </select>
            </label>
            {!readOnly && (
              <BulkStatus selectedCount={selection.size} busy={busy} onApply={applyStatus} />
            )}
          </div>
          <InvitationTable
            rows={visible}
            readOnly={readOnly}
            sort={sort}
            onSort={(key) => setSort(nextSort(sort, key))}
            selected={selection}
            busy={busy}
            onToggle={(id) => setSelected(toggleSelected(selection, id))}
            onToggleAll={() => setSelected(toggleAll(selection, ids))}
            onContact={setContact}
            onRemove={remove}
          />
        </>
      )}
      <InvitationExports eventId={eventId} statuses={shown ? [shown] : []} />
      <div className="invitation-tools">
        <InvitationChecklist
          checklist={event.invitationChecklist}
          busy={busy}
          onInvite={readOnly ? null : invite}
        />
        {!readOnly && (
          <InvitationBuilder eventId={eventId} regionCode={regionCode} onAdded={reload} />
        )}
      </div>
    </section>
  );
}
