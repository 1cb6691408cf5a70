import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { exportLanguage } from '../exports/export-language';
import { sendFile } from '../invitations/invitations.controller';
import { PlanExportService } from './plan-export.service';
import { Allow } from '../auth/access';

/**
 * A plan as a printable page and its measures as spreadsheets:
 *   GET /api/plans/{id}.html, /api/plans/{id}/measures.csv, /api/plans/{id}/measures.xlsx
 * `?lang=sv|en` (default Finnish).
 */
@Allow('viewer')
@Controller('api/plans')
export class PlansController {
  constructor(private readonly exports: PlanExportService) {}

  @Get(':id.html')
  async html(@Param('id') id: string, @Query('lang') lang: unknown, @Res() res: Response) {
    sendFile(res, await this.exports.export(id, 'HTML', exportLanguage(lang)), false);
  }

  @Get(':id/measures.csv')
  async csv(@Param('id') id: string, @Query('lang') lang: unknown, @Res() res: Response) {
    sendFile(res, await this.exports.export(id, 'CSV', exportLanguage(lang)), true);
  }

  @Get(':id/measures.xlsx')
  async xlsx(@Param('id') id: string, @Query('lang') lang: unknown, @Res() res: Response) {
    sendFile(res, await this.exports.export(id, 'XLSX', exportLanguage(lang)), true);
  }
}
