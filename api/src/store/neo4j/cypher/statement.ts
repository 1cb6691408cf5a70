import { RELATIONSHIP_TYPES, type RelationshipType } from '../../../domain/relationship-types';

/**
 * One Cypher statement the adapter sends, with the names of exactly the $parameters its
 * text uses. The executor refuses a call whose parameters differ from `params`, and a unit
 * test parses every statement and compares the parameters it finds with this list.
 */
export interface Statement<P extends string = string> {
  /** Stable and unique, e.g. "actor.update"; used in errors, tests and the snapshot. */
  readonly name: string;
  readonly params: readonly P[];
  readonly text: string;
}

export function statement<const P extends string = never>(
  name: string,
  params: readonly P[],
  text: string,
): Statement<P> {
  // Blank lines come only from an optional part left out (e.g. no WHERE); drop them.
  return { name, params, text: text.trim().replace(/\n\s*\n/g, '\n') };
}

/**
 * One statement per relationship type. A type cannot be a Cypher parameter in Neo4j 5, so it
 * is written into the text; it only ever comes from the typed allow-list, never from input.
 */
export function perRelationshipType<P extends string>(
  make: (type: RelationshipType) => Statement<P>,
): Readonly<Record<RelationshipType, Statement<P>>> {
  return Object.fromEntries(RELATIONSHIP_TYPES.map((type) => [type, make(type)])) as Record<
    RelationshipType,
    Statement<P>
  >;
}

/** `COOPERATES_WITH|COMMUNICATES_WITH|...`: any tie between two actors, from the allow-list. */
export const ANY_TIE_TYPE = RELATIONSHIP_TYPES.join('|');
