import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { GRAPH_STORE, type GraphStore } from './graph-store';
import { auditedStore } from './audited-store';
import { regionScopedStore } from './region-scoped-store';

/**
 * Makes the already opened store injectable everywhere and closes it when the app shuts
 * down. The store is opened before Nest starts, so a bad configuration fails with one line.
 */
@Global()
@Module({})
export class StoreModule implements OnApplicationShutdown {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  static forStore(store: GraphStore): DynamicModule {
    return {
      module: StoreModule,
      // Services see the store through the signed-in user's regions (region-scoped-store.ts);
      // what passes is written to the audit log (audited-store.ts).
      providers: [{ provide: GRAPH_STORE, useValue: regionScopedStore(auditedStore(store)) }],
      exports: [GRAPH_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
