import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DEMO_KAINUU_DIR } from '@verkosto/graph-seed';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { formatReport } from '../import/import-report';
import { ImportService } from '../import/import.service';
import { readImportFolder } from '../import/read-import-folder';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { DemoEventsSeeder } from './demo-events.seeder';

/**
 * Puts the Kainuu demo network into an empty register, so a new user sees Verkosto at work.
 * It goes through the importer like any user's spreadsheet would.
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly importService: ImportService,
    private readonly demoEvents: DemoEventsSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    if ((await this.store.counts()).actors > 0) return;
    const report = await this.importService.run(readImportFolder(DEMO_KAINUU_DIR));
    if (!report.ok) throw new Error(`The demo network does not import:\n${formatReport(report)}`);
    const events = await this.demoEvents.seed();
    this.logger.log(
      `Seeded the Kainuu demo network (${report.rows.actors} actors, ${events} events).`,
    );
  }
}
