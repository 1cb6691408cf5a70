import { Module, type OnModuleInit } from '@nestjs/common';
import { MunicipalitiesResolver, RegionsResolver } from './geography.resolver';
import { GeographyService } from './geography.service';

@Module({
  providers: [GeographyService, RegionsResolver, MunicipalitiesResolver],
  exports: [GeographyService],
})
export class GeographyModule implements OnModuleInit {
  constructor(private readonly geography: GeographyService) {}

  async onModuleInit(): Promise<void> {
    await this.geography.ensureLoaded();
  }
}
