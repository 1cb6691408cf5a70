import { Args, Query, Resolver } from '@nestjs/graphql';
import { NetworkFilterInput } from './dto/network-filter.input';
import { Network } from './models/network.model';
import { NetworkService } from './network.service';
import { Allow } from '../auth/access';

@Allow('viewer')
@Resolver(() => Network)
export class NetworkResolver {
  constructor(private readonly networks: NetworkService) {}

  @Query(() => Network, {
    description: 'The actor network of a region, or of the whole register when regionCode is null.',
  })
  network(
    @Args('regionCode', { type: () => String, nullable: true }) regionCode: string | null,
    @Args('filter', { type: () => NetworkFilterInput, nullable: true })
    filter: NetworkFilterInput | null,
  ): Promise<Network> {
    return this.networks.network(regionCode, filter ?? {});
  }
}
