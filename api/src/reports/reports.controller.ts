import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InputError } from '../domain/input-error';
import { exportLanguage } from '../exports/export-language';
import { sendFile } from '../invitations/invitations.controller';
import { regionReportHtml } from './region-report-html';
import { RegionReportService } from './region-report.service';
import { Allow } from '../auth/access';
import { auditEntry } from '../audit/audit-entry';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';

/** GET /api/regions/{code}/report.html?lang=sv|en&year=2026: the printable region report. */
@Allow('viewer')
@Controller('api/regions')
export class ReportsController {
  constructor(
    private readonly reports: RegionReportService,
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
  ) {}

  @Get(':code/report.html')
  async html(
    @Param('code') code: string,
    @Query('lang') lang: unknown,
    @Query('year') year: unknown,
    @Query('profile') profile: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.report(
      code,
      yearOf(year),
      typeof profile === 'string' && profile ? profile : null,
    );
    const language = exportLanguage(lang);
    const detail = { year: report.year ?? null, profile: profile ?? null, lang: language };
    await this.store.appendAudit(auditEntry('export', 'RegionReport', code, { detail }));
    sendFile(
      res,
      {
        fileName: `${code}-report.html`,
        mediaType: 'text/html; charset=utf-8',
        content: Buffer.from(regionReportHtml(report, language), 'utf8'),
      },
      false,
    );
  }
}

function yearOf(value: unknown): number | null {
  if (value === undefined || value === '') return null;
  const year = Number(value);
  if (!Number.isInteger(year)) throw InputError.single('year', 'type', 'must be a year, like 2026');
  return year;
}
