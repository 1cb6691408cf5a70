import {
  Controller,
  HttpCode,
  Post,
  Query,
  Res,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { InputError } from '../domain/input-error';
import type { ImportReport } from './import-report';
import { ImportService } from './import.service';
import { Allow } from '../auth/access';

type Uploaded = Partial<Record<'actors' | 'persons' | 'relationships', Express.Multer.File[]>>;

const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * POST /api/import (multipart/form-data): fields `actors` (required), `persons`,
 * `relationships`, each one CSV file; `?dryRun=true` validates without writing.
 * 200 with the report when imported, 422 with the report when nothing was.
 */
@Allow('viewer')
@Controller('api/import')
export class ImportController {
  constructor(private readonly importService: ImportService) {}

  @Allow('editor')
  @Post()
  @HttpCode(200)
  @UseInterceptors(
    FileFieldsInterceptor(
      [
        { name: 'actors', maxCount: 1 },
        { name: 'persons', maxCount: 1 },
        { name: 'relationships', maxCount: 1 },
      ],
      { limits: { fileSize: MAX_FILE_BYTES, files: 3 } },
    ),
  )
  async upload(
    @UploadedFiles() files: Uploaded | undefined,
    @Query('dryRun') dryRun: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportReport> {
    const actors = files?.actors?.[0]?.buffer;
    if (!actors) {
      throw InputError.single('actors', 'required', 'upload actors.csv in the form field "actors"');
    }
    const report = await this.importService.run(
      {
        actors,
        persons: files?.persons?.[0]?.buffer,
        relationships: files?.relationships?.[0]?.buffer,
      },
      { dryRun: dryRun === 'true' || dryRun === '1' },
    );
    if (!report.ok) response.status(422);
    return report;
  }
}
