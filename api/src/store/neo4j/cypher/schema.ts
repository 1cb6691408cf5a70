import { RELATIONSHIP_TYPES } from '../../../domain/relationship-types';
import { statement, type Statement } from './statement';

/**
 * The schema init() creates, each statement idempotent (IF NOT EXISTS) and run in a
 * transaction of its own, as Neo4j does not mix schema and data changes in one.
 *
 * Every constraint here is a property uniqueness constraint, the one kind Neo4j Community
 * Edition has (existence, type and key constraints are Enterprise only). Uniqueness on
 * relationship properties needs Neo4j 5.7 or later. Each constraint brings its own range
 * index, so the unique properties get no separate index.
 */
const NODE_CONSTRAINTS: Statement[] = [
  ['actor_id', 'Actor', 'id'],
  ['actor_external_id', 'Actor', 'externalId'],
  ['person_id', 'Person', 'id'],
  ['person_external_id', 'Person', 'externalId'],
  ['meta_key', 'Meta', 'key'],
  ['region_code', 'Region', 'code'],
  ['municipality_code', 'Municipality', 'code'],
  ['wellbeing_county_code', 'WellbeingCounty', 'code'],
  ['elinvoimakeskus_code', 'Elinvoimakeskus', 'code'],
  ['event_id', 'Event', 'id'],
  ['plan_id', 'Plan', 'id'],
  ['profile_id', 'Profile', 'id'],
  ['user_id', 'User', 'id'],
  ['user_email', 'User', 'email'],
  ['session_id', 'Session', 'id'],
  ['audit_entry_seq', 'AuditEntry', 'seq'],
  ['audit_entry_write_id', 'AuditEntry', 'writeId'],
].map(([name, label, property]) =>
  statement(
    `schema.constraint.${name}`,
    [],
    `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${property} IS UNIQUE`,
  ),
);

/** A tie is found by its id alone (getRelationship), so every type gets a unique index on it. */
const TIE_CONSTRAINTS: Statement[] = RELATIONSHIP_TYPES.map((type) => {
  const name = `${type.toLowerCase()}_id`;
  return statement(
    `schema.constraint.${name}`,
    [],
    `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
  );
});

/** An invitation is found by its id alone, like a tie. */
const INVITATION_CONSTRAINT = statement(
  'schema.constraint.invited_to_id',
  [],
  'CREATE CONSTRAINT invited_to_id IF NOT EXISTS FOR ()-[r:INVITED_TO]-() REQUIRE r.id IS UNIQUE',
);

const INDEXES: Statement[] = [
  statement(
    'schema.index.session_user_id',
    [],
    'CREATE INDEX session_user_id IF NOT EXISTS FOR (s:Session) ON (s.userId)',
  ),
  statement(
    'schema.index.actor_region_code',
    [],
    'CREATE INDEX actor_region_code IF NOT EXISTS FOR (a:Actor) ON (a.regionCode)',
  ),
  statement(
    'schema.index.actor_municipality_code',
    [],
    'CREATE INDEX actor_municipality_code IF NOT EXISTS FOR (a:Actor) ON (a.municipalityCode)',
  ),
  statement(
    'schema.index.actor_category',
    [],
    'CREATE INDEX actor_category IF NOT EXISTS FOR (a:Actor) ON (a.category)',
  ),
  // A range index serves the ORDER BY and keyset comparisons of findActors ...
  statement(
    'schema.index.actor_search_key',
    [],
    'CREATE INDEX actor_search_key IF NOT EXISTS FOR (a:Actor) ON (a.searchKey)',
  ),
  // ... and a text index its CONTAINS search, which a range index cannot answer.
  statement(
    'schema.index.actor_search_key_text',
    [],
    'CREATE TEXT INDEX actor_search_key_text IF NOT EXISTS FOR (a:Actor) ON (a.searchKey)',
  ),
];

export const SCHEMA_STATEMENTS: readonly Statement[] = [
  ...NODE_CONSTRAINTS,
  ...TIE_CONSTRAINTS,
  INVITATION_CONSTRAINT,
  ...INDEXES,
  statement(
    'schema.index.event_date',
    [],
    'CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)',
  ),
  statement(
    'schema.index.event_region_code',
    [],
    'CREATE INDEX event_region_code IF NOT EXISTS FOR (e:Event) ON (e.regionCode)',
  ),
  // A contact person's invitations and speaker entries, under any actor (findPersonEventLinks).
  ...['INVITED_TO', 'SPOKE_AT'].map((type) => {
    const name = `${type.toLowerCase()}_person_id`;
    return statement(
      `schema.index.${name}`,
      [],
      `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.personId)`,
    );
  }),
];
