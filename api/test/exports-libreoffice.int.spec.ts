import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from './support/read-xlsx';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Opens the exports in LibreOffice Calc (headless), the way a user's spreadsheet would, and
 * reads back what it made of them. Runs only where LibreOffice is installed
 * (`apt-get install -y libreoffice-calc`); elsewhere it is reported as skipped. CI does not
 * install it: a ~10-minute install for one test.
 */
const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0,
);

describe.runIf(soffice)('exports opened in LibreOffice Calc', { timeout: 120_000 }, () => {
  let api: TestServer;
  let dir: string;
  let eventId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verkosto-lo-'));
    api = await startTestServer({ demo: true });
    const actor = await api.gql(`mutation { createActor(input: {
      name: "=HYPERLINK(\\"http://x.example\\",\\"Ääliö\\")", category: community,
      municipalityCode: "205", email: "kyla@example.org" }) { id } }`);
    const event = await api.gql(`mutation { createEvent(input: {
      kind: panel, title: "Paneeli Kajaanissa", date: "2026-10-08", municipalityCode: "205" }) { id } }`);
    eventId = event.data!.createEvent.id;
    const added = await api.gql(
      `mutation ($e: ID!, $a: ID!) { addInvitations(eventId: $e, sources: {
        actors: [{ actorId: $a }, { actorId: "kai-a-kajaani-kotoutus" }, { actorId: "kai-a-sotkamon-sanomat" }] }) { added { id } } }`,
      { e: eventId, a: actor.data!.createActor.id },
    );
    expect(added.data!.addInvitations.added).toHaveLength(3);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Converts `file` with LibreOffice; its own profile folder keeps parallel runs apart. */
  function convert(file: string, to: string, infilter?: string): string {
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      to,
      '--outdir',
      join(dir, 'out'),
      file,
    ];
    execFileSync(soffice!, args, { stdio: 'pipe', timeout: 90_000 });
    const ext = to.split(':')[0];
    return join(
      dir,
      'out',
      file
        .split('/')
        .at(-1)!
        .replace(/\.[a-z]+$/, `.${ext}`),
    );
  }

  async function download(path: string, name: string): Promise<string> {
    const res = await api.fetch(`/api/events/${eventId}/${path}`);
    expect(res.status).toBe(200);
    const file = join(dir, name);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return file;
  }

  it('reads the CSV as UTF-8 cells split at ";", ä/ö/å intact, the formula as text', async () => {
    const csv = await download('invitations.csv', 'kutsut.csv');
    // Field separator ; (59), text delimiter " (34), UTF-8 (76), from line 1.
    const xlsx = convert(csv, 'xlsx', 'CSV:59,34,76,1');
    const { rows, entries } = readXlsx(readFileSync(xlsx));
    expect(rows[0]).toEqual([
      'Organisaatio',
      'Luokka',
      'Kunta',
      'Yhteyshenkilö',
      'Tehtävänimike',
      'Sähköposti',
      'Puhelin',
      'Tila',
    ]);
    expect(rows.map((r) => r[0])).toContain(`'=HYPERLINK("http://x.example","Ääliö")`);
    expect(rows.map((r) => r[0])).toContain('Kajaanin kaupungin kotoutumispalvelut');
    expect(entries.get('xl/worksheets/sheet1.xml')).not.toMatch(/<f>/);
  });

  it('opens the XLSX: the same cells back, as text, no formula', async () => {
    const xlsx = await download('invitations.xlsx', 'kutsut.xlsx');
    const csv = convert(xlsx, 'csv:Text - txt - csv (StarCalc):59,34,76,1');
    const rows: string[][] = parse(readFileSync(csv), { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual([
      'Organisaatio',
      'Luokka',
      'Kunta',
      'Yhteyshenkilö',
      'Tehtävänimike',
      'Sähköposti',
      'Puhelin',
      'Tila',
    ]);
    expect(rows).toHaveLength(4);
    const strange = rows.find((r) => r[0].includes('HYPERLINK'))!;
    expect(strange[0]).toBe(`'=HYPERLINK("http://x.example","Ääliö")`);
    expect(strange[1]).toBe('Muu yhteisö');
    expect(rows.map((r) => r[2])).toContain('Sotkamo');
  });
});
