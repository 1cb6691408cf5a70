import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { INVITATION_STATUSES, type InvitationStatus } from '../domain/event-vocabulary';
import { InputError } from '../domain/input-error';
import { exportLanguage } from '../exports/export-language';
import type { ExportFile } from '../exports/table';
import { InvitationExportService } from './export/invitation-export.service';
import type { InvitationExportFormat } from './invitation-enums';
import { Allow } from '../auth/access';

/**
 * Downloads of an event's invitation list, at addresses a user can bookmark:
 *   GET /api/events/{id}/invitations.csv    (Excel: UTF-8 BOM, `;`)
 *   GET /api/events/{id}/invitations.xlsx
 *   GET /api/events/{id}/participants.html  (print view)
 * `?lang=sv|en` (default Finnish), `?status=invited,registered` to export some statuses only.
 */
@Allow('viewer')
@Controller('api/events/:id')
export class InvitationsController {
  constructor(private readonly exports: InvitationExportService) {}

  @Get('invitations.csv')
  csv(@Param('id') id: string, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.send(res, id, 'CSV', query, true);
  }

  @Get('invitations.xlsx')
  xlsx(@Param('id') id: string, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.send(res, id, 'XLSX', query, true);
  }

  @Get('participants.html')
  html(@Param('id') id: string, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.send(res, id, 'HTML', query, false);
  }

  private async send(
    res: Response,
    id: string,
    format: InvitationExportFormat,
    query: Record<string, unknown>,
    download: boolean,
  ): Promise<void> {
    const file = await this.exports.export(
      id,
      format,
      exportLanguage(query.lang),
      statusesOf(query.status),
    );
    sendFile(res, file, download);
  }
}

/** Sends an export; a download is saved under its file name, a page is shown. */
export function sendFile(res: Response, file: ExportFile, download: boolean): void {
  res.setHeader('Content-Type', file.mediaType);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader(
    'Content-Disposition',
    `${download ? 'attachment' : 'inline'}; filename="${file.fileName}"`,
  );
  res.status(200).end(file.content);
}

function statusesOf(value: unknown): InvitationStatus[] | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const list = value.split(',').map((s) => s.trim());
  for (const s of list) {
    if (!(INVITATION_STATUSES as readonly string[]).includes(s)) {
      throw InputError.single(
        'status',
        'one_of',
        `must be a list of ${INVITATION_STATUSES.join(', ')}`,
      );
    }
  }
  return list as InvitationStatus[];
}
