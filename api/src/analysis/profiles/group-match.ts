import type { AnalysisActor } from '../analysis.types';
import type { Profile, ProfileGroup } from './profile.schema';

const norm = (s: string): string => s.trim().toLocaleLowerCase('fi');

export function matchesGroup(actor: AnalysisActor, group: ProfileGroup): boolean {
  return group.anyOf.some((selector) => {
    if (!selector.categories.includes(actor.category)) return false;
    const subs = selector.subcategories;
    const tags = selector.tags;
    if (!subs?.length && !tags?.length) return true;
    if (
      subs?.length &&
      actor.subcategory &&
      subs.some((s) => norm(s) === norm(actor.subcategory!))
    ) {
      return true;
    }
    if (tags?.length) {
      const own = new Set(actor.tags.map(norm));
      if (tags.some((t) => own.has(norm(t)))) return true;
    }
    return false;
  });
}

/** Per group id, the indexes of the actors in it (an actor may be in several groups). */
export function groupMembers(
  actors: readonly AnalysisActor[],
  profile: Profile,
): Map<string, number[]> {
  const members = new Map<string, number[]>(profile.groups.map((g) => [g.id, []]));
  actors.forEach((actor, i) => {
    for (const group of profile.groups)
      if (matchesGroup(actor, group)) members.get(group.id)!.push(i);
  });
  return members;
}

/** The categories a group can hold. */
export function groupCategories(group: ProfileGroup): string[] {
  return [...new Set(group.anyOf.flatMap((s) => s.categories))];
}
