import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/access';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { exportLanguage } from '../exports/export-language';
import { sendFile } from '../invitations/invitations.controller';
import { privacyStatementHtml } from './privacy-statement';

/** GET /privacy.html: the privacy statement, readable before signing in. */
@Controller()
export class PrivacyController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Get('privacy.html')
  page(@Query('lang') lang: unknown, @Res() res: Response): void {
    const html = privacyStatementHtml(this.config.privacy, exportLanguage(lang));
    sendFile(
      res,
      {
        fileName: 'privacy.html',
        mediaType: 'text/html; charset=utf-8',
        content: Buffer.from(html, 'utf8'),
      },
      false,
    );
  }
}
