import { Inject, Injectable } from '@nestjs/common';
import { readGeography } from '@verkosto/graph-seed';
import { GeographyIndex } from '../domain/geography-index';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';

/**
 * The regions and municipalities. They are facts that change once a year at most, so they
 * are read from the store once and kept in memory; the store is filled from graph-seed's
 * CSVs on first start.
 */
@Injectable()
export class GeographyService {
  private index: GeographyIndex | null = null;

  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  /** Saves the bundled geography into an empty store, then loads it. */
  async ensureLoaded(): Promise<GeographyIndex> {
    if (this.index) return this.index;
    let geography = await this.store.loadGeography();
    if (geography.regions.length === 0) {
      geography = readGeography();
      await this.store.saveGeography(geography);
    }
    this.index = new GeographyIndex(geography);
    return this.index;
  }

  async get(): Promise<GeographyIndex> {
    return this.index ?? this.ensureLoaded();
  }
}
