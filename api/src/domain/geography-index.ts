import type { Geography, Municipality, Region } from '@verkosto/graph-seed';

/** Lookups over the stored geography that validation and scoping need. */
export class GeographyIndex {
  readonly regions: ReadonlyMap<string, Region>;
  readonly municipalities: ReadonlyMap<string, Municipality>;

  constructor(readonly geography: Geography) {
    this.regions = new Map(geography.regions.map((r) => [r.code, r]));
    this.municipalities = new Map(geography.municipalities.map((m) => [m.code, m]));
  }

  municipalitiesOf(regionCode: string): Municipality[] {
    return this.geography.municipalities.filter((m) => m.regionCode === regionCode);
  }
}

/**
 * Makes a builder of geography-dependent rules build once per geography: zod schemas cost
 * most of a millisecond to build, and the geography changes only when the store's does.
 */
export function perGeography<T>(build: (geo: GeographyIndex) => T): (geo: GeographyIndex) => T {
  const built = new WeakMap<GeographyIndex, T>();
  return (geo) => {
    let value = built.get(geo);
    if (value === undefined) {
      value = build(geo);
      built.set(geo, value);
    }
    return value;
  };
}
