import neo4j, {
  type Driver,
  type ManagedTransaction,
  type ServerInfo,
  type SessionMode,
} from 'neo4j-driver';
import type { Statement } from './cypher/statement';
import { describeTarget, driverConfig, type Neo4jConnectionConfig } from './neo4j-config';
import { Rollback, translateDriverError } from './neo4j-errors';

/** One result row, keyed by the names the statement RETURNs. */
export type Row = Record<string, unknown>;

/** Exactly the parameters a statement declares, no more and no fewer. */
export type Params<P extends string> = { readonly [K in P]: unknown };

/** What a unit of work may do inside its transaction: run the adapter's statements. */
export interface CypherTransaction {
  /** 1 on the first try; more when the driver runs the unit of work again after a transient failure. */
  readonly attempt: number;
  run<P extends string>(statement: Statement<P>, params: Params<P>): Promise<Row[]>;
}

export type UnitOfWork<T> = (tx: CypherTransaction) => Promise<T>;

/** The store's only way to the database; tests stand in for it with a scripted fake. */
export interface Executor {
  verify(): Promise<ServerInfo>;
  read<T>(work: UnitOfWork<T>): Promise<T>;
  /**
   * Runs the unit of work in one write transaction, which the driver retries on transient
   * failures: the work must give the same outcome when run again (see neo4j-graph-store.ts).
   */
  write<T>(work: UnitOfWork<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The only code that touches the driver: one driver per store, a short session per unit of
 * work (closed in `finally`), read or write access mode, and the translation of driver
 * errors. Sessions share one bookmark manager, so a read always sees the writes this
 * process committed before it, also on a cluster.
 */
export class Neo4jExecutor implements Executor {
  private readonly driver: Driver;
  private readonly bookmarks = neo4j.bookmarkManager();
  private readonly target: string;
  private closed = false;

  constructor(private readonly config: Neo4jConnectionConfig) {
    this.target = describeTarget(config);
    this.driver = neo4j.driver(
      config.uri,
      neo4j.auth.basic(config.username, config.password),
      driverConfig(config),
    );
  }

  /** Connects once, without the transaction retries, so a wrong address fails at once. */
  async verify(): Promise<ServerInfo> {
    try {
      return await this.driver.getServerInfo({ database: this.config.database });
    } catch (error) {
      throw translateDriverError(error, this.target);
    }
  }

  read<T>(work: UnitOfWork<T>): Promise<T> {
    return this.inSession(neo4j.session.READ, work);
  }

  write<T>(work: UnitOfWork<T>): Promise<T> {
    return this.inSession(neo4j.session.WRITE, work);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private async inSession<T>(mode: SessionMode, work: UnitOfWork<T>): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarks,
    });
    let attempt = 0;
    const unit = (tx: ManagedTransaction) => work(cypherTransaction(tx, ++attempt));
    const config = { metadata: { app: 'verkosto' } };
    try {
      return mode === neo4j.session.READ
        ? await session.executeRead(unit, config)
        : await session.executeWrite(unit, config);
    } catch (error) {
      if (error instanceof Rollback) return error.result as T;
      throw translateDriverError(error, this.target);
    } finally {
      await session.close();
    }
  }
}

function cypherTransaction(tx: ManagedTransaction, attempt: number): CypherTransaction {
  return {
    attempt,
    async run(statement, params) {
      checkParams(statement, params);
      const result = await tx.run(statement.text, params);
      return result.records.map((record) => record.toObject() as Row);
    },
  };
}

/** A statement run with other parameters than it declares is a bug here, not a database error. */
export function checkParams(statement: Statement, params: object): void {
  const given = Object.keys(params).sort();
  const declared = [...statement.params].sort();
  if (given.join() !== declared.join()) {
    throw new Error(
      `${statement.name} takes the parameters [${declared.join(', ')}], ` +
        `but was given [${given.join(', ')}]`,
    );
  }
}
