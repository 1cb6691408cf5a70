import { Neo4jUnavailableError } from './neo4j-errors';

/** Uniqueness constraints on relationship properties (the tie ids) arrived in Neo4j 5.7. */
const OLDEST = { major: 5, minor: 7 };

/**
 * Refuses a server older than 5.7, which would fail init() with a syntax error on the
 * relationship constraints. `agent` is what the server calls itself, e.g. "Neo4j/5.26.1" or
 * "Neo4j/2025.01.0"; an agent this cannot read is given the benefit of the doubt.
 */
export function requireSupportedServer(agent: string | undefined, target: string): void {
  const match = /^Neo4j\/(\d+)\.(\d+)/i.exec(agent ?? '');
  if (!match) return;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major > OLDEST.major || (major === OLDEST.major && minor >= OLDEST.minor)) return;
  throw new Neo4jUnavailableError(
    `${target} runs ${agent}, but Verkosto needs Neo4j ${OLDEST.major}.${OLDEST.minor} or later ` +
      '(for uniqueness constraints on relationship properties). Upgrade the server.',
  );
}
