import type { RelationshipType } from '../../vocabulary';

/** One tie of the demo between two actor keys; for directed types `from` is the source. */
export interface DemoTie {
  from: string;
  to: string;
  type: RelationshipType;
  strength: 1 | 2 | 3;
  since: string;
  note: string;
}

type Strength = DemoTie['strength'];

function tie(type: RelationshipType) {
  return (from: string, to: string, strength: Strength, since: string, note = ''): DemoTie => ({
    from,
    to,
    type,
    strength,
    since,
    note,
  });
}

/** Symmetric: the two keys may be written in either order. */
export const cooperates = tie('COOPERATES_WITH');
export const communicates = tie('COMMUNICATES_WITH');
/** Directed: `from` is the member, the unit, or the funder. */
export const memberOf = tie('MEMBER_OF');
export const partOf = tie('PART_OF');
export const funds = tie('FUNDS');

/** Every pair of `keys` cooperates: a dense core written in one line. */
export function cooperatingCore(keys: string[], strength: Strength, since: string): DemoTie[] {
  return keys.flatMap((a, i) => keys.slice(i + 1).map((b) => cooperates(a, b, strength, since)));
}
