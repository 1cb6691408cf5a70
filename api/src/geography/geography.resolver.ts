import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GeographyService } from './geography.service';
import { Area } from './models/area.model';
import { Municipality } from './models/municipality.model';
import { Region } from './models/region.model';
import { Allow } from '../auth/access';

@Allow('viewer')
@Resolver(() => Region)
export class RegionsResolver {
  constructor(private readonly geography: GeographyService) {}

  @Query(() => [Region], { description: 'Every region, by code.' })
  async regions(): Promise<Region[]> {
    return (await this.geography.get()).geography.regions;
  }

  @Query(() => Region, { nullable: true })
  async region(@Args('code', { type: () => ID }) code: string): Promise<Region | null> {
    return (await this.geography.get()).regions.get(code) ?? null;
  }

  @ResolveField(() => [Municipality])
  async municipalities(@Parent() region: Region): Promise<Municipality[]> {
    return (await this.geography.get()).municipalitiesOf(region.code);
  }
}

@Allow('viewer')
@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(private readonly geography: GeographyService) {}

  @Query(() => Municipality, { nullable: true })
  async municipality(@Args('code', { type: () => ID }) code: string): Promise<Municipality | null> {
    return (await this.geography.get()).municipalities.get(code) ?? null;
  }

  @ResolveField(() => Region)
  async region(@Parent() municipality: Municipality): Promise<Region> {
    return (await this.geography.get()).regions.get(municipality.regionCode)!;
  }

  @ResolveField(() => Area, { description: 'Wellbeing services county (hyvinvointialue).' })
  async wellbeingCounty(@Parent() municipality: Municipality): Promise<Area | undefined> {
    const { geography } = await this.geography.get();
    return geography.wellbeingCounties.find((a) => a.code === municipality.wellbeingCountyCode);
  }

  @ResolveField(() => Area, { description: 'Elinvoimakeskus (from 2026).' })
  async elinvoimakeskus(@Parent() municipality: Municipality): Promise<Area | undefined> {
    const { geography } = await this.geography.get();
    return geography.elinvoimakeskukset.find((a) => a.code === municipality.elinvoimakeskusCode);
  }
}
