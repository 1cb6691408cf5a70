import { Module } from '@nestjs/common';
import { GeographyModule } from '../geography/geography.module';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

@Module({
  imports: [GeographyModule],
  providers: [NetworkService, NetworkResolver],
  exports: [NetworkService],
})
export class NetworkModule {}
