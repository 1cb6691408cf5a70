import { isSymmetric, type RelationshipType } from '../../domain/relationship-types';

/**
 * The identity of a tie: its type and its two ends. A symmetric tie has no direction, so
 * its ends are sorted and A-B and B-A share one key; the schema's UNIQUE index on this key
 * is what refuses the same tie twice.
 */
export function pairKey(type: RelationshipType, sourceId: string, targetId: string): string {
  const [a, b] =
    isSymmetric(type) && targetId < sourceId ? [targetId, sourceId] : [sourceId, targetId];
  return `${type}|${a}|${b}`;
}
