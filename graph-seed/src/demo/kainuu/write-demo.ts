import { writeImportFolder } from '../../csv/write-import-folder';
import { buildKainuuDemo } from './build-demo';
import { DEMO_KAINUU_DIR } from './demo-dir';

/** `npm run -w graph-seed demo:write`: regenerates the committed demo CSV files. */
const rows = buildKainuuDemo();
writeImportFolder(DEMO_KAINUU_DIR, rows);
console.log(
  `Wrote ${rows.actors.length} actors, ${rows.persons.length} persons and ` +
    `${rows.relationships.length} relationships to ${DEMO_KAINUU_DIR}`,
);
