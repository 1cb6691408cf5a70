import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../store-errors';
import { describeTarget } from './neo4j-config';
import { ConstraintViolation, Neo4jUnavailableError, translateDriverError } from './neo4j-errors';
import { requireSupportedServer } from './server-version';

const TARGET = 'neo4j://db:7687, database verkosto';

function driverError(code: string, message = 'Something went wrong'): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception');
}

describe('translateDriverError', () => {
  it.each([
    ['ServiceUnavailable', /not reachable at neo4j:\/\/db:7687, database verkosto: .*NEO4J_URI/],
    ['SessionExpired', /not reachable/],
    [
      'Neo.ClientError.Security.Unauthorized',
      /refused the login: .*NEO4J_USERNAME and NEO4J_PASSWORD/,
    ],
    ['Neo.ClientError.Database.DatabaseNotFound', /no such database .*NEO4J_DATABASE/],
  ])('turns %s into a Neo4jUnavailableError that says what to check', (code, message) => {
    const translated = translateDriverError(driverError(code), TARGET);
    expect(translated).toBeInstanceOf(Neo4jUnavailableError);
    expect((translated as Error).message).toMatch(message);
    expect((translated as Error).cause).toBeInstanceOf(Neo4jError);
  });

  it('keeps only the first line of the driver message', () => {
    const translated = translateDriverError(
      driverError('ServiceUnavailable', 'Could not perform discovery\nKnown routing table: ...'),
      TARGET,
    ) as Error;
    expect(translated.message).toContain('Could not perform discovery. Check');
    expect(translated.message).not.toContain('routing table');
  });

  it('turns a broken uniqueness constraint into a ConstraintViolation for the store to name', () => {
    const translated = translateDriverError(
      driverError('Neo.ClientError.Schema.ConstraintValidationFailed', 'Node(1) already exists'),
      TARGET,
    );
    expect(translated).toBeInstanceOf(ConstraintViolation);
  });

  it('passes the store errors and other database errors through unchanged', () => {
    const notFound = new NotFoundError('Actor', 'x');
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(translateDriverError(notFound, TARGET)).toBe(notFound);
    expect(translateDriverError(syntax, TARGET)).toBe(syntax);
  });
});

describe('describeTarget', () => {
  it('names the URI and database, and never credentials written into the URI', () => {
    expect(
      describeTarget({ uri: 'neo4j+s://u:pw@db.example:7687', username: 'u', password: 'pw' }),
    ).toBe('neo4j+s://db.example:7687, database (home database)');
  });
});

describe('requireSupportedServer', () => {
  it.each(['Neo4j/5.7.0', 'Neo4j/5.26.1', 'Neo4j/2025.01.0', 'something else', undefined])(
    'accepts %s',
    (agent) => {
      expect(() => requireSupportedServer(agent, TARGET)).not.toThrow();
    },
  );

  it.each(['Neo4j/5.6.0', 'Neo4j/4.4.30'])('refuses %s, naming the version it needs', (agent) => {
    expect(() => requireSupportedServer(agent, TARGET)).toThrow(/needs Neo4j 5\.7 or later/);
  });
});
