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
