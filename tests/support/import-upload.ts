import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateNetwork,
  writeImportFolder,
  type GenerateNetworkOptions,
} from '@verkosto/graph-seed';
import { fetchSignedIn } from './session';

/** Writes a generated network's CSV files into `folder`; returns the folder. */
export function writeGeneratedImport(folder: string, options: GenerateNetworkOptions): string {
  writeImportFolder(folder, generateNetwork(options));
  return folder;
}

/** The multipart form POST /api/import takes, built from a folder of CSV files. */
export function importForm(folder: string): FormData {
  const form = new FormData();
  for (const kind of ['actors', 'persons', 'relationships']) {
    form.append(kind, new Blob([readFileSync(join(folder, `${kind}.csv`))]), `${kind}.csv`);
  }
  return form;
}

/** Uploads a folder to POST /api/import and returns the report; fails unless it was imported. */
export async function uploadImport(url: string, folder: string): Promise<{ ok: boolean }> {
  const response = await fetchSignedIn(`${url}/api/import`, {
    method: 'POST',
    body: importForm(folder),
  });
  const report = (await response.json()) as { ok: boolean };
  if (response.status !== 200 || !report.ok) {
    throw new Error(`import failed (${response.status}): ${JSON.stringify(report).slice(0, 500)}`);
  }
  return report;
}
