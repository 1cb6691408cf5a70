import { Module } from '@nestjs/common';
import { GeographyModule } from '../geography/geography.module';
import { NetworkModule } from '../network/network.module';
import { NetworkAnalysisResolver } from './network-analysis.resolver';
import { NetworkAnalysisService } from './network-analysis.service';
import { ProfilesResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';

@Module({
  imports: [GeographyModule, NetworkModule],
  providers: [NetworkAnalysisService, ProfilesService, NetworkAnalysisResolver, ProfilesResolver],
  exports: [NetworkAnalysisService, ProfilesService],
})
export class NetworkAnalysisModule {}
