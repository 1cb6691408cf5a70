import { Module } from '@nestjs/common';
import { GeographyModule } from '../geography/geography.module';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';

@Module({
  imports: [GeographyModule],
  controllers: [ImportController],
  providers: [ImportService],
  exports: [ImportService],
})
export class ImportModule {}
