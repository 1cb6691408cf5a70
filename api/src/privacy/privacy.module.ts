import { Module } from '@nestjs/common';
import { PersonDataService } from './person-data.service';
import { PrivacyController } from './privacy.controller';
import { PrivacyResolver } from './privacy.resolver';

@Module({
  providers: [PersonDataService, PrivacyResolver],
  controllers: [PrivacyController],
})
export class PrivacyModule {}
