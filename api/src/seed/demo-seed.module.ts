import { Module } from '@nestjs/common';
import { ImportModule } from '../import/import.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [ImportModule], providers: [DemoSeedService] })
export class DemoSeedModule {}
