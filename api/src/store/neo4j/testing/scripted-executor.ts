import type { ServerInfo } from 'neo4j-driver';
import type { Statement } from '../cypher/statement';
import { Rollback } from '../neo4j-errors';
import {
  checkParams,
  type CypherTransaction,
  type Executor,
  type Row,
  type UnitOfWork,
} from '../neo4j-executor';

export interface SentStatement {
  name: string;
  params: Record<string, unknown>;
  mode: 'read' | 'write';
  attempt: number;
}

/** Answers a statement by its name; an unscripted statement answers no rows. */
export type Script = Record<
  string,
  Row[] | ((params: Record<string, unknown>, attempt: number) => Row[])
>;

/**
 * Stands in for the Neo4j executor in unit tests: it records every statement the store
 * sends, with its parameters, and answers from a script. Like the real one, it checks the
 * parameters against the statement's declaration and turns a Rollback into its result.
 */
export class ScriptedExecutor implements Executor {
  readonly sent: SentStatement[] = [];
  commits = 0;
  rollbacks = 0;
  /**
   * Runs each write this many times, as the driver does when the answer to a commit is
   * lost: every attempt but the last commits, and the next one runs all the same.
   */
  attempts = 1;
  agent = 'Neo4j/5.26.0';

  constructor(private readonly script: Script = {}) {}

  async verify(): Promise<ServerInfo> {
    return { agent: this.agent } as ServerInfo;
  }

  read<T>(work: UnitOfWork<T>): Promise<T> {
    return this.run('read', work);
  }

  write<T>(work: UnitOfWork<T>): Promise<T> {
    return this.run('write', work);
  }

  async close(): Promise<void> {}

  /** The names of the statements sent, in order. */
  names(): string[] {
    return this.sent.map((s) => s.name);
  }

  private async run<T>(mode: 'read' | 'write', work: UnitOfWork<T>): Promise<T> {
    let result: T | undefined;
    for (let attempt = 1; attempt <= (mode === 'write' ? this.attempts : 1); attempt++) {
      try {
        result = await work(this.transaction(mode, attempt));
        this.commits++;
      } catch (error) {
        this.rollbacks++;
        if (error instanceof Rollback) return error.result as T;
        throw error;
      }
    }
    return result as T;
  }

  private transaction(mode: 'read' | 'write', attempt: number): CypherTransaction {
    return {
      attempt,
      run: async <P extends string>(
        statement: Statement<P>,
        params: { readonly [K in P]: unknown },
      ) => {
        checkParams(statement, params);
        this.sent.push({ name: statement.name, params: { ...params }, mode, attempt });
        const answer = this.script[statement.name] ?? [];
        return typeof answer === 'function' ? answer(params, attempt) : answer;
      },
    };
  }
}
