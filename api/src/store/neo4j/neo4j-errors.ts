import { Neo4jError } from 'neo4j-driver';

/** Neo4j cannot be used as configured; the message says what to check. */
export class Neo4jUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Neo4jUnavailableError';
  }
}

/**
 * A write broke a uniqueness constraint. Only the store knows which key the statement was
 * writing, so it turns this into the port's DuplicateError.
 */
export class ConstraintViolation extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConstraintViolation';
  }
}

/**
 * Thrown by a unit of work to end its transaction without committing and still give the
 * caller a result: a managed transaction commits whenever its function returns, so this
 * is how a write that turns out to change nothing leaves no trace (not even a revision).
 */
export class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super('rolled back on purpose');
    this.name = 'Rollback';
  }
}

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const BAD_CREDENTIALS = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/**
 * The one place driver errors become the adapter's: what a user must fix becomes a
 * Neo4jUnavailableError that says so; errors the store raised itself pass through.
 */
export function translateDriverError(error: unknown, target: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const reason = firstLine(error.message);
  if (UNREACHABLE.has(error.code)) {
    return new Neo4jUnavailableError(
      `Neo4j is not reachable at ${target}: ${reason} ` +
        'Check that the server runs and that NEO4J_URI names its Bolt address.',
      { cause: error },
    );
  }
  if (BAD_CREDENTIALS.has(error.code)) {
    return new Neo4jUnavailableError(
      `Neo4j at ${target} refused the login: ${reason} ` +
        'Check NEO4J_USERNAME and NEO4J_PASSWORD.',
      { cause: error },
    );
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jUnavailableError(
      `Neo4j has no such database (${target}): ${reason} ` +
        'Check NEO4J_DATABASE, or create the database.',
      { cause: error },
    );
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolation(reason, { cause: error });
  }
  return error;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim();
  return /[.!?]$/.test(line) ? line : `${line}.`;
}
