import type { Geography } from '../geography';

export interface GenerateNetworkOptions {
  /** Same seed, same options: byte-identical output. */
  seed: number;
  actors: number;
  /** Exactly this many ties; at most half of all possible pairs (the network stays sparse). */
  ties: number;
  /** Regions whose municipalities the actors sit in; default every region. */
  regionCodes?: string[];
  /** Contact persons spread over the actors; default none. */
  persons?: number;
  /** Mean number of actors in a community (a local cluster inside one municipality). */
  communitySize?: number;
  /** Share of ties drawn inside the source actor's community. */
  intraCommunity?: number;
  /** Share of ties drawn inside its municipality but outside its community. */
  sameMunicipality?: number;
  /** Ids are `<prefix>-a-000001`, `<prefix>-p-000001`. */
  idPrefix?: string;
  /** Defaults to graph-seed/finland, read once. */
  geography?: Geography;
}

export type ResolvedOptions = Required<
  Omit<GenerateNetworkOptions, 'regionCodes' | 'geography'>
> & {
  regionCodes: string[] | null;
};

function wholeNumber(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`);
  }
}

function share(name: string, value: number): void {
  if (!(value >= 0 && value <= 1))
    throw new RangeError(`${name} must be from 0 to 1, got ${value}`);
}

/** Fills in defaults and refuses options that cannot give exactly what was asked for. */
export function resolveOptions(options: GenerateNetworkOptions): ResolvedOptions {
  const resolved: ResolvedOptions = {
    seed: options.seed,
    actors: options.actors,
    ties: options.ties,
    regionCodes: options.regionCodes && options.regionCodes.length > 0 ? options.regionCodes : null,
    persons: options.persons ?? 0,
    communitySize: options.communitySize ?? 25,
    intraCommunity: options.intraCommunity ?? 0.6,
    sameMunicipality: options.sameMunicipality ?? 0.2,
    idPrefix: options.idPrefix ?? 'gen',
  };
  wholeNumber('seed', resolved.seed, 0);
  wholeNumber('actors', resolved.actors, 0);
  wholeNumber('ties', resolved.ties, 0);
  wholeNumber('persons', resolved.persons, 0);
  wholeNumber('communitySize', resolved.communitySize, 1);
  share('intraCommunity', resolved.intraCommunity);
  share('sameMunicipality', resolved.sameMunicipality);
  share('intraCommunity + sameMunicipality', resolved.intraCommunity + resolved.sameMunicipality);
  // Rejection sampling stays fast while at least half the pairs are free.
  const maxTies = Math.floor((resolved.actors * (resolved.actors - 1)) / 4);
  if (resolved.ties > maxTies) {
    throw new RangeError(
      `${resolved.ties} ties is too dense for ${resolved.actors} actors (at most ${maxTies}, half of all pairs)`,
    );
  }
  if (resolved.persons > 0 && resolved.actors === 0) {
    throw new RangeError('persons need at least one actor');
  }
  return resolved;
}
