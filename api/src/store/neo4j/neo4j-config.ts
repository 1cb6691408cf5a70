import type { Config } from 'neo4j-driver';

/** Where the Neo4j store lives. AppConfig's Neo4jStoreConfig fits this shape. */
export interface Neo4jConnectionConfig {
  uri: string;
  username: string;
  password: string;
  /** Undefined: the user's home database, as the server defines it. */
  database?: string | undefined;
  /**
   * How long the driver keeps retrying a transaction that failed transiently (lost
   * connection, leader switch, deadlock). Tests set it low so a missing server fails fast.
   */
  maxTransactionRetryTimeMs?: number;
  /** How long opening one connection may take before it counts as failed. */
  connectionTimeoutMs?: number;
}

const DEFAULT_MAX_TRANSACTION_RETRY_TIME_MS = 15_000;
const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;

export function driverConfig(config: Neo4jConnectionConfig): Config {
  return {
    maxTransactionRetryTime:
      config.maxTransactionRetryTimeMs ?? DEFAULT_MAX_TRANSACTION_RETRY_TIME_MS,
    connectionTimeout: config.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    userAgent: 'verkosto',
    // Integers stay lossless (neo4j.Integer); record-mapping.ts turns them into numbers and
    // refuses any beyond 2^53 instead of rounding it silently.
    disableLosslessIntegers: false,
  };
}

/** "neo4j://db:7687, database neo4j", for messages; never the credentials, even in the URI. */
export function describeTarget(config: Neo4jConnectionConfig): string {
  const uri = config.uri.replace(/\/\/[^@/]*@/, '//');
  return `${uri}, database ${config.database ?? '(home database)'}`;
}
