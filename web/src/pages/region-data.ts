import { useMemo } from 'react';
import { NetworkDocument, RegionsDocument } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { buildModel, type ActorNode } from '../graph/model';

/** The region's actors, for the pickers of the event, plan and invitation forms. */
export function useRegionActors(regionCode: string, skip = false): readonly ActorNode[] {
  const network = useQuery(NetworkDocument, { regionCode }, { skip });
  return useMemo(
    () => (network.data ? buildModel(network.data.network).nodes : []),
    [network.data],
  );
}

/** The municipalities of the region, for choosing where an event or a plan belongs. */
export function useMunicipalities(regionCode: string) {
  const regions = useQuery(RegionsDocument, {});
  return regions.data?.regions.find((r) => r.code === regionCode)?.municipalities ?? [];
}
