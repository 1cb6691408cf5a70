import {
  lintCypherQuery,
  parseParameters,
  type CypherVersion,
  type DbSchema,
} from '@neo4j-cypher/language-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../../domain/relationship-types';
import { allStatements } from './all-statements';
import { GRAPH_MODEL } from './graph-model';
import { statement, type Statement } from './statement';

const statements = allStatements();

/**
 * Keys of the row maps the import UNWINDs from a parameter. The linter cannot tell a map's
 * key from a stored property, so they are declared beside the graph model's properties.
 */
const ROW_KEYS = ['actorId', 'sourceId', 'targetId'];

/** What the linter knows of the database: the graph model and the statement's own parameters. */
function schemaFor(statement: Statement, version: CypherVersion): DbSchema {
  return {
    labels: [...GRAPH_MODEL.labels],
    relationshipTypes: [...GRAPH_MODEL.relationshipTypes],
    propertyKeys: [...GRAPH_MODEL.propertyKeys, ...ROW_KEYS],
    parameters: Object.fromEntries(statement.params.map((name) => [name, null])),
    defaultLanguage: version,
  };
}

function problems(statement: Statement, version: CypherVersion): string[] {
  const { diagnostics } = lintCypherQuery(statement.text, schemaFor(statement, version));
  return diagnostics.map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`,
  );
}

/** The reviewed catalogue: each statement with its parameters, as the snapshot file shows it. */
function catalogue(list: readonly Statement[]): string {
  return list
    .map(
      (s) =>
        `// ${s.name}\n// params: ${s.params.length ? s.params.join(', ') : '(none)'}\n${s.text};\n`,
    )
    .join('\n');
}

describe('Neo4j adapter Cypher', () => {
  beforeAll(() => {
    // The parser builds its tables on first use (1-2 s); paid here, not by the first case.
    lintCypherQuery('RETURN 1', {});
  });

  it('is a check that can fail: it reports a wrong variable, label and parameter', () => {
    const broken = statement('broken', [], 'MATCH (n:Actr {id: $id}) RETURN m');
    expect(problems(broken, 'CYPHER 5')).toEqual([
      expect.stringMatching(/Label Actr is not present/),
      expect.stringMatching(/Parameter \$id is not defined/),
      expect.stringMatching(/Variable `m` not defined/),
    ]);
    expect(parseParameters(broken.text, false)).toEqual(['id']);
  });

  it('names every statement once', () => {
    const names = statements.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a create, update, delete and duplicate check for every relationship type', () => {
    for (const type of RELATIONSHIP_TYPES) {
      for (const kind of ['create', 'update', 'delete', 'otherBetween']) {
        expect(names()).toContain(`relationship.${kind}.${type}`);
      }
    }
  });

  // Cypher 5, the language of the Neo4j 5 server CI runs and the default of later ones.
  // Each lint takes some 0.2 s here (the semantic analysis), so one language only.
  it.each(statements.map((s) => [s.name, s] as const))(
    '%s is valid Cypher 5 with no warning against the graph model',
    (_name, statement) => {
      expect(problems(statement, 'CYPHER 5')).toEqual([]);
    },
  );

  it.each(statements.map((s) => [s.name, s] as const))(
    '%s uses exactly the parameters it declares',
    (_name, statement) => {
      expect(parseParameters(statement.text, false).sort()).toEqual([...statement.params].sort());
    },
  );

  it('splices no value into any statement: quotes appear only in the fixed counter keys', () => {
    for (const s of statements) {
      const quoted = s.text.match(/'[^']*'|"[^"]*"/g) ?? [];
      expect(
        quoted.filter((q) => q !== "'revision'" && q !== "'auditSeq'"),
        s.name,
      ).toEqual([]);
    }
  });

  it('matches the reviewed catalogue of statements and parameters', async () => {
    await expect(catalogue(statements)).toMatchFileSnapshot('./__snapshots__/statements.cypher');
  });
});

function names(): string[] {
  return statements.map((s) => s.name);
}
