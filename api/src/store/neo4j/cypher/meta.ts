import { ANY_TIE_TYPE, statement } from './statement';

export const META = {
  /** Run by init(); the counter starts at 0 in an empty database. */
  ensureRevision: statement(
    'meta.ensureRevision',
    [],
    `
MERGE (m:Meta {key: 'revision'})
ON CREATE SET m.value = 0
`,
  ),

  /**
   * The first statement of every write transaction. Because the new value depends on the
   * old one, Cypher takes the node's write lock before it reads, so write transactions run
   * one after another: the existence and duplicate checks that follow cannot race. A failed
   * write rolls back, and the counter with it.
   */
  bumpRevision: statement(
    'meta.bumpRevision',
    [],
    `
MATCH (m:Meta {key: 'revision'})
SET m.value = m.value + 1
RETURN m.value AS revision
`,
  ),

  revision: statement(
    'meta.revision',
    [],
    `
OPTIONAL MATCH (m:Meta {key: 'revision'})
RETURN coalesce(m.value, 0) AS revision
`,
  ),

  counts: statement(
    'meta.counts',
    [],
    `
RETURN
  COUNT { (:Actor) } AS actors,
  COUNT { (:Person) } AS persons,
  COUNT { (:Actor)-[:${ANY_TIE_TYPE}]->(:Actor) } AS relationships
`,
  ),
};
