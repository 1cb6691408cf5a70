import { Module } from '@nestjs/common';
import { GeographyModule } from '../geography/geography.module';
import { ActorsResolver } from './actors.resolver';
import { ActorsService } from './actors.service';

@Module({
  imports: [GeographyModule],
  providers: [ActorsService, ActorsResolver],
  exports: [ActorsService],
})
export class ActorsModule {}
