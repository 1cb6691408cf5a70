/**
 * The API's review names key actors by id only (best first); the page shows their names
 * from the region's network, and the id where the network no longer has the actor.
 */
export function keyActorNames(
  ids: readonly string[],
  actors: readonly { id: string; name: string }[],
  limit = 10,
): { id: string; name: string }[] {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return ids.slice(0, limit).map((id) => ({ id, name: names.get(id) ?? id }));
}

/** Whether the review has anything to warn about. */
export function hasGaps(review: {
  dimensionsWithoutMeasure: readonly unknown[];
  keyActorsWithoutRole: readonly unknown[];
  absentCategories: readonly unknown[];
}): boolean {
  return (
    review.dimensionsWithoutMeasure.length +
      review.keyActorsWithoutRole.length +
      review.absentCategories.length >
    0
  );
}
