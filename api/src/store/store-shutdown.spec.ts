import { Test } from '@nestjs/testing';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphStore } from './graph-store';
import { Neo4jExecutor } from './neo4j/neo4j-executor';
import { Neo4jGraphStore } from './neo4j/neo4j-graph-store';
import { ScriptedExecutor } from './neo4j/testing/scripted-executor';
import { StoreModule } from './store.module';

// On SIGTERM the app closes (graceful-shutdown.ts), and closing must reach the database:
// the SQLite file is closed (tests/faults checks its WAL), and on Neo4j the driver, whose
// open connections would otherwise keep the server's sessions and the process alive.

const CONFIG = { uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x' };

describe('closing the store on shutdown', () => {
  afterEach(() => vi.restoreAllMocks());

  it('StoreModule closes the store when the application shuts down', async () => {
    const close = vi.fn(async () => undefined);
    const store = { kind: 'sqlite', close } as unknown as GraphStore;
    const app = await Test.createTestingModule({
      imports: [StoreModule.forStore(store)],
    }).compile();
    await app.init();
    expect(close).not.toHaveBeenCalled();
    await app.close();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('Neo4jGraphStore.close closes its executor', async () => {
    const executor = new ScriptedExecutor();
    const closeExecutor = vi.spyOn(executor, 'close');
    await new Neo4jGraphStore(CONFIG, executor).close();
    expect(closeExecutor).toHaveBeenCalledTimes(1);
  });

  it('Neo4jExecutor.close closes the driver, once', async () => {
    const driver = { close: vi.fn(async () => undefined) };
    vi.spyOn(neo4j, 'driver').mockReturnValue(driver as unknown as Driver);
    const executor = new Neo4jExecutor(CONFIG);
    await executor.close();
    await executor.close();
    expect(driver.close).toHaveBeenCalledTimes(1);
  });
});
