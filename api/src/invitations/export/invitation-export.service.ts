import { Inject, Injectable } from '@nestjs/common';
import { auditEntry } from '../../audit/audit-entry';
import { GRAPH_STORE, type GraphStore } from '../../store/graph-store';
import type { EventRecord } from '../../domain/event-records';
import { EVENT_KIND_LABELS, type InvitationStatus } from '../../domain/event-vocabulary';
import { toCsv } from '../../exports/csv-file';
import type { ExportLanguage } from '../../exports/export-language';
import { escapeHtml, htmlTable, printPage } from '../../exports/html-page';
import type { ExportFile } from '../../exports/table';
import { toXlsx } from '../../exports/xlsx-file';
import { GeographyService } from '../../geography/geography.service';
import type { InvitationExportFormat } from '../invitation-enums';
import { InvitationsService } from '../invitations.service';
import { bccList, participantTable } from './participant-table';

const TITLE: Record<ExportLanguage, string> = {
  fi: 'Osallistujalista',
  sv: 'Deltagarlista',
  en: 'Participant list',
};

/** The invitation list as a file: CSV, XLSX, the BCC list or the printable page. */
@Injectable()
export class InvitationExportService {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly geography: GeographyService,
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
  ) {}

  /** The file, and an audit entry of who exported which list, filtered how, with how many rows. */
  async export(
    eventId: string,
    format: InvitationExportFormat,
    lang: ExportLanguage,
    statuses?: readonly InvitationStatus[],
  ): Promise<ExportFile> {
    const { file, rows } = await this.build(eventId, format, lang, statuses);
    const detail = { format, lang, statuses: statuses ?? null, rows };
    await this.store.appendAudit(auditEntry('export', 'InvitationList', eventId, { detail }));
    return file;
  }

  private async build(
    eventId: string,
    format: InvitationExportFormat,
    lang: ExportLanguage,
    statuses?: readonly InvitationStatus[],
  ): Promise<{ file: ExportFile; rows: number }> {
    const { event, rows } = await this.invitations.view(eventId);
    const table = participantTable(rows, await this.geography.get(), lang, statuses);
    const base = `${fileSlug(event)}-${lang === 'en' ? 'invitations' : lang === 'sv' ? 'inbjudningar' : 'kutsulista'}`;
    return { file: await this.file(event, table, base, format, lang), rows: table.rows.length };
  }

  private async file(
    event: EventRecord,
    table: ReturnType<typeof participantTable>,
    base: string,
    format: InvitationExportFormat,
    lang: ExportLanguage,
  ): Promise<ExportFile> {
    switch (format) {
      case 'CSV':
        return {
          fileName: `${base}.csv`,
          mediaType: 'text/csv; charset=utf-8',
          content: toCsv(table),
        };
      case 'XLSX':
        return {
          fileName: `${base}.xlsx`,
          mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          content: await toXlsx(table),
        };
      case 'EMAILS':
        return {
          fileName: `${base}-bcc.txt`,
          mediaType: 'text/plain; charset=utf-8',
          content: Buffer.from(bccList(table), 'utf8'),
        };
      case 'HTML': {
        const title = `${TITLE[lang]}: ${event.title}`;
        const meta = [
          EVENT_KIND_LABELS[event.kind][lang],
          [event.date, event.endDate].filter(Boolean).join(' – '),
          [event.startTime, event.endTime].filter(Boolean).join('–'),
          event.place ?? '',
        ]
          .filter(Boolean)
          .join(' · ');
        const body = `<h1>${escapeHtml(title)}</h1>\n<p class="meta">${escapeHtml(meta)}</p>\n${htmlTable(table.header, table.rows)}`;
        return {
          fileName: `${base}.html`,
          mediaType: 'text/html; charset=utf-8',
          content: Buffer.from(printPage(lang, title, body), 'utf8'),
        };
      }
    }
  }
}

/** A file name from the event's date and title, ASCII only (ä → a), so every browser keeps it. */
export function fileSlug(event: Pick<EventRecord, 'date' | 'title'>): string {
  const title = event.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);
  return `${event.date}-${title || 'event'}`;
}
