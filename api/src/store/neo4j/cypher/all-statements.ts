import { SESSION, USER } from './accounts';
import { AUDIT } from './audit';
import { ACTOR_FILTER, everyActorFilterCombination } from './actor-filter';
import { ACTOR } from './actors';
import { EVENT, INVITATION, PARTICIPATION, PERSON_LINKS, REFERENCE } from './events';
import { GEOGRAPHY } from './geography';
import { IMPORT } from './import';
import { META } from './meta';
import { PERSON } from './persons';
import { PLAN } from './plans';
import { PROFILE } from './profiles';
import { RELATIONSHIP } from './relationships';
import { SCHEMA_STATEMENTS } from './schema';
import type { Statement } from './statement';

type Group = Record<string, Statement | Readonly<Record<string, Statement>>>;

function isStatement(value: object): value is Statement {
  return typeof (value as Statement).text === 'string';
}

function flatten(group: Group): Statement[] {
  return Object.values(group).flatMap((entry) =>
    isStatement(entry) ? [entry] : Object.values(entry),
  );
}

/**
 * Every statement the adapter can send, including each variant built per relationship type
 * and per combination of actor filters, for the tests that parse and snapshot them.
 */
export function allStatements(): Statement[] {
  const filters = everyActorFilterCombination();
  const scopes = everyActorFilterCombination([
    'regionCode',
    'visibleRegionCodes',
    'municipalityCodes',
    'categories',
  ]);
  return [
    ...SCHEMA_STATEMENTS,
    ...flatten(META),
    ...flatten(ACTOR),
    ...filters.map((keys) => ACTOR_FILTER.count(keys)),
    ...filters.flatMap((keys) => [ACTOR_FILTER.page(keys, false), ACTOR_FILTER.page(keys, true)]),
    ...scopes.map((keys) => ACTOR_FILTER.all(keys)),
    ...flatten(PERSON),
    ...flatten(RELATIONSHIP),
    ...flatten(GEOGRAPHY),
    ...flatten(IMPORT),
    ...flatten(EVENT),
    ...flatten(INVITATION),
    ...flatten(PARTICIPATION),
    ...flatten(REFERENCE),
    ...flatten(PERSON_LINKS),
    ...flatten(PLAN),
    ...flatten(PROFILE),
    ...flatten(USER),
    ...flatten(SESSION),
    ...flatten(AUDIT),
  ];
}
