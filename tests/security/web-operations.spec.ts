import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphql, query } from '../support/graphql-http';
import { uploadImport, writeGeneratedImport } from '../support/import-upload';
import { REPO_ROOT } from '../support/paths';
import { spawnApi, type SpawnedApi } from '../support/spawn-api';

// The limits of api/src/security/security-limits.ts must leave the real client alone: every
// operation the web app sends passes them, and its heaviest reads answer in full on a large
// region. A new web operation that needs more fails here first.

const OPERATIONS_DIR = join(REPO_ROOT, 'web', 'src', 'api', 'operations');
const LIMIT_CODES = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'TOO_MANY_REQUESTS'];

/** Each operation with exactly the fragments it uses, as the web app's client sends it. */
function webOperations(): { name: string; text: string }[] {
  const definitions: DefinitionNode[] = readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(join(OPERATIONS_DIR, file), 'utf8')).definitions);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const used = (node: DefinitionNode, seen = new Set<string>()): Set<string> => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (seen.has(name)) return;
        seen.add(name);
        used(fragments.get(name)!, seen);
      },
    });
    return seen;
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name!.value,
      text: [operation, ...[...used(operation)].map((name) => fragments.get(name)!)]
        .map((d) => print(d))
        .join('\n'),
    }));
}

const operations = webOperations();
const operation = (name: string) => operations.find((op) => op.name === name)!.text;

describe('the limits leave the web app room', () => {
  let api: SpawnedApi;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'verkosto-webops-'));
    // Kainuu (18) holds the demo; Uusimaa (01) gets a generated region of 2,000 actors.
    api = await spawnApi();
    const folder = writeGeneratedImport(join(work, 'uusimaa'), {
      seed: 6,
      actors: 2_000,
      ties: 10_000,
      persons: 1_000,
      regionCodes: ['01'],
    });
    await uploadImport(api.url, folder);
  });
  afterAll(async () => {
    await api.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('finds the web app operations', () => {
    expect(operations.map((op) => op.name)).toEqual(
      expect.arrayContaining(['Network', 'ActorDetails', 'UpdateActor']),
    );
  });

  it.each(operations)('passes every limit with the operation $name', async ({ name, text }) => {
    // Without variables a required one is reported missing: that check comes after parsing
    // and validation, so any limit would have answered first.
    // Logout needs no variables and would run: it goes without the session the others share.
    const headers =
      name === 'Logout' ? { 'content-type': 'application/json', cookie: '' } : undefined;
    const answer = await postGraphql(api.url, { query: text, operationName: name }, headers);
    const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
    expect(
      codes.filter((code) => LIMIT_CODES.includes(code!)),
      JSON.stringify(answer.body),
    ).toEqual([]);
  });

  it('answers the network of a region of 2,000 actors in full', async () => {
    const data = await query(api.url, operation('Network'), { regionCode: '01' });
    // The generator places a few actors at national level, outside every region.
    const inRegion = await query(
      api.url,
      '{ actors(filter: { regionCode: "01" }) { totalCount } }',
    );
    expect(inRegion.actors.totalCount).toBeGreaterThan(1_950);
    expect(data.network.nodes).toHaveLength(inRegion.actors.totalCount);
    expect(data.network.edges.length).toBeGreaterThanOrEqual(10_000 * 0.9);
  });

  it('answers an actor with its persons and relationships', async () => {
    const { network } = await query(api.url, operation('Network'), { regionCode: '01' });
    const degree = new Map<string, number>();
    for (const edge of network.edges as { source: string; target: string }[]) {
      for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    const hub = [...degree.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const { actor } = await query(api.url, operation('ActorDetails'), { id: hub });
    expect(actor.relationships.length).toBe(degree.get(hub));
    const withPersons = await query(
      api.url,
      'query ($first: Int!) { actors(filter: { regionCode: "01" }, first: $first) { nodes { id persons { id } } } }',
      { first: 100 },
    );
    const contact = withPersons.actors.nodes.find((a: { persons: unknown[] }) => a.persons.length);
    const details = await query(api.url, operation('ActorDetails'), { id: contact.id });
    expect(details.actor.persons.length).toBeGreaterThan(0);
  });
});
