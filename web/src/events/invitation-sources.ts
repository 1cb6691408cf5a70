import type { Category, InvitationSourcesInput, KeyActorMetric } from '../api/generated/graphql';

/**
 * Where the builder takes invitees from, as the user chose it, and the sources input of
 * addInvitations for it. The API dedupes and fills the contact person; the page only says
 * which source and how many.
 */
export type InviteeChoice =
  | { source: 'gaps'; limit: number }
  | { source: 'key'; metric: KeyActorMetric; limit: number }
  | { source: 'filter'; regionCode: string; categories: readonly Category[]; limit: number }
  | { source: 'picked'; actorIds: readonly string[] };

/** Limits the API accepts (gap suggestions at most 200, key actors 100, a filter 500). */
const MAX = { gaps: 200, key: 100, filter: 500 } as const;
const clamp = (n: number, max: number) => Math.max(1, Math.min(max, Math.round(n) || 1));

export function sourcesFor(choice: InviteeChoice): InvitationSourcesInput {
  switch (choice.source) {
    // No scope and no profile: the API takes the event's region and checklist profile.
    case 'gaps':
      return { gapSuggestions: { limit: clamp(choice.limit, MAX.gaps) } };
    case 'key':
      return { keyActors: { metric: choice.metric, limit: clamp(choice.limit, MAX.key) } };
    // The region's actors of the chosen categories (none chosen: every category).
    case 'filter': {
      const categories = [...new Set(choice.categories)];
      return {
        filter: {
          filter: { regionCode: choice.regionCode, ...(categories.length ? { categories } : {}) },
          limit: clamp(choice.limit, MAX.filter),
        },
      };
    }
    case 'picked':
      return { actors: [...new Set(choice.actorIds)].map((actorId) => ({ actorId })) };
  }
}
