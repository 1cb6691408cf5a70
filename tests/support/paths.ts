import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const API_MAIN = join(REPO_ROOT, 'api', 'dist', 'main.js');
export const IMPORT_CLI = join(REPO_ROOT, 'api', 'dist', 'import', 'import.cli.js');
export const BACKUP_CLI = join(REPO_ROOT, 'api', 'dist', 'backup', 'backup.cli.js');
export const RESTORE_CLI = join(REPO_ROOT, 'api', 'dist', 'backup', 'restore.cli.js');
