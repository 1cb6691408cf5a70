import { join } from 'node:path';

/** graph-seed/demo/kainuu: the committed CSV files (same depth from src/ and dist/). */
export const DEMO_KAINUU_DIR = join(__dirname, '..', '..', '..', 'demo', 'kainuu');
