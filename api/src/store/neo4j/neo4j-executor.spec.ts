import { describe, expect, it } from 'vitest';
import { ACTOR } from './cypher/actors';
import { META } from './cypher/meta';
import { Neo4jUnavailableError } from './neo4j-errors';
import { checkParams, Neo4jExecutor } from './neo4j-executor';

describe('Neo4jExecutor', () => {
  describe('checkParams', () => {
    it('accepts exactly the declared parameters, in any order', () => {
      expect(() => checkParams(ACTOR.resolveRefs, { refs: [] })).not.toThrow();
      expect(() => checkParams(META.counts, {})).not.toThrow();
    });

    it('refuses a missing or an extra parameter before anything reaches the server', () => {
      expect(() => checkParams(ACTOR.byId, {})).toThrow(
        'actor.byId takes the parameters [id], but was given []',
      );
      expect(() => checkParams(ACTOR.byId, { id: 'a', ref: 'b' })).toThrow(/was given \[id, ref\]/);
    });
  });

  it('gives up on a missing server after the configured retry time, saying what to check', async () => {
    const executor = new Neo4jExecutor({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: 'x',
      maxTransactionRetryTimeMs: 300,
      connectionTimeoutMs: 1_000,
    });
    const started = Date.now();
    try {
      await expect(executor.read((tx) => tx.run(META.revision, {}))).rejects.toBeInstanceOf(
        Neo4jUnavailableError,
      );
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await executor.close();
      await executor.close(); // a second close is harmless
    }
  });
});
