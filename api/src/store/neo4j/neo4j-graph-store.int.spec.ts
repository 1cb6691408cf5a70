import { isDateTime, isInt } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { describeGraphStoreContract } from '../graph-store.contract';
import { SCHEMA_STATEMENTS } from './cypher/schema';
import { statement } from './cypher/statement';
import type { Neo4jConnectionConfig } from './neo4j-config';
import { Neo4jExecutor } from './neo4j-executor';
import { Neo4jGraphStore } from './neo4j-graph-store';
import { propertiesIn } from './record-mapping';

/**
 * Runs only against a real server: set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE) to a database the tests may wipe, such as CI's throwaway container.
 * Without NEO4J_URI these tests are reported as skipped, never as passed.
 */
const env = process.env;

function serverConfig(): Neo4jConnectionConfig {
  return {
    uri: env.NEO4J_URI as string,
    username: env.NEO4J_USERNAME || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}

// Test-only statements: they wipe or inspect the database the tests own.
const WIPE = statement('test.wipe', [], 'MATCH (n) DETACH DELETE n');
const CONSTRAINT_NAMES = statement(
  'test.constraints',
  [],
  'SHOW CONSTRAINTS YIELD name RETURN name',
);
const INDEX_NAMES = statement('test.indexes', [], 'SHOW INDEXES YIELD name RETURN name');
const RAW_ACTOR = statement(
  'test.rawActor',
  ['id'],
  'MATCH (a:Actor {id: $id}) RETURN a {.*} AS actor',
);
const RAW_TIE = statement('test.rawTie', ['id'], 'MATCH ()-[r {id: $id}]->() RETURN r {.*} AS tie');

/** A store over an empty database: everything the previous test left is deleted first. */
async function emptyStore(): Promise<Neo4jGraphStore> {
  const executor = new Neo4jExecutor(serverConfig());
  try {
    await executor.write((tx) => tx.run(WIPE, {}));
  } finally {
    await executor.close();
  }
  return new Neo4jGraphStore(serverConfig());
}

describe.runIf(env.NEO4J_URI)('Neo4jGraphStore on a Neo4j server', () => {
  describeGraphStoreContract('Neo4jGraphStore', emptyStore, { timeout: 60_000 });

  describe('what it stores', { timeout: 60_000 }, () => {
    const opened: { close(): Promise<void> }[] = [];
    const open = <T extends { close(): Promise<void> }>(closable: T): T => {
      opened.push(closable);
      return closable;
    };
    afterEach(async () => {
      for (const c of opened.splice(0)) await c.close();
    });

    it('creates every constraint and index of the schema, and again without error', async () => {
      const store = open(await emptyStore());
      await store.init();
      await store.init();
      const db = open(new Neo4jExecutor(serverConfig()));
      const names = await db.read(async (tx) => [
        ...(await tx.run(CONSTRAINT_NAMES, {})).map((r) => r.name),
        ...(await tx.run(INDEX_NAMES, {})).map((r) => r.name),
      ]);
      for (const s of SCHEMA_STATEMENTS) {
        const name = s.name.split('.').at(-1);
        expect(names, s.name).toContain(name);
      }
    });

    it('stores timestamps as DateTime, versions and strengths as Integer, and lists as lists', async () => {
      const store = open(await emptyStore());
      await store.init();
      const base = {
        category: 'ngo' as const,
        subcategory: null,
        municipalityCode: null,
        regionCode: null,
        email: null,
        phone: null,
        website: null,
        dimensions: [],
        tags: [],
        description: null,
        externalId: null,
      };
      const a = await store.createActor({ ...base, name: 'A', languages: ['fi', 'sv'] });
      const b = await store.createActor({ ...base, name: 'B', languages: [] });
      const tie = await store.createRelationship({
        sourceId: a.id,
        targetId: b.id,
        type: 'FUNDS',
        strength: 3,
        since: null,
        note: null,
      });
      const db = open(new Neo4jExecutor(serverConfig()));
      const [actorRow] = await db.read((tx) => tx.run(RAW_ACTOR, { id: a.id }));
      const [tieRow] = await db.read((tx) => tx.run(RAW_TIE, { id: tie.id }));
      const actor = propertiesIn(actorRow, 'actor');
      const stored = propertiesIn(tieRow, 'tie');
      expect(isDateTime(actor.createdAt)).toBe(true);
      expect(isInt(actor.version)).toBe(true);
      expect(actor.languages).toEqual(['fi', 'sv']);
      expect(actor).not.toHaveProperty('email');
      expect(isInt(stored.strength)).toBe(true);
      expect(isDateTime(stored.updatedAt)).toBe(true);
    });
  });
});
