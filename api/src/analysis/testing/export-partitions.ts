import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseNetwork, DEFAULT_SEED } from '../analyse-network';
import {
  REFERENCE_DIR,
  REFERENCE_GRAPHS,
  readReferenceGraph,
  referenceInput,
} from './reference-graphs';

/**
 * Adds the partition our seeded Louvain finds to each reference graph file, for
 * make_reference.py to compute networkx's modularity of it (see that script's header).
 */
async function main(): Promise<void> {
  for (const name of REFERENCE_GRAPHS) {
    const graph = readReferenceGraph(name);
    const input = referenceInput(graph);
    const partitions: NonNullable<typeof graph.partitions> = {} as never;
    for (const mode of ['unweighted', 'weighted'] as const) {
      const analysis = await analyseNetwork({
        ...input,
        options: { weighted: mode === 'weighted', seed: DEFAULT_SEED, threads: 1 },
      });
      partitions[mode] = {
        seed: DEFAULT_SEED,
        communityOf: Object.fromEntries(analysis.actors.map((a) => [a.actorId, a.community])),
        modularity: analysis.communities.modularity,
      };
    }
    graph.partitions = partitions;
    writeFileSync(join(REFERENCE_DIR, `${name}.json`), JSON.stringify(graph, null, 1) + '\n');
    console.log(`partitions added to ${name}.json`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
