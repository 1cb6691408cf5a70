import type { AnalysisActor, Profile } from '../analysis';
import { matchesGroup } from '../analysis/profiles/group-match';
import type { Labels } from '../domain/categories';
import type { InvitationStatus } from '../domain/event-vocabulary';

/** Invitees who said no, or did not come, do not cover a group. */
const NOT_COVERING: ReadonlySet<InvitationStatus> = new Set(['declined', 'no_show']);

export interface ChecklistSuggestion {
  actorId: string;
  reason: Labels;
}

export interface ChecklistGroup {
  groupId: string;
  label: Labels;
  /** How many invitees the profile asks for in this group. */
  required: number;
  /** Invited actors in the group (declined and no-show left out). */
  invitedActorIds: string[];
  covered: boolean;
  /** Actors of the event's area in the group who are not on the list yet, best first. */
  suggestions: ChecklistSuggestion[];
}

export interface Checklist {
  profileId: string;
  profileLabel: Labels;
  groups: ChecklistGroup[];
  coveredCount: number;
  missingCount: number;
}

export interface ChecklistInput {
  profile: Profile;
  invitees: readonly { actor: AnalysisActor; status: InvitationStatus }[];
  /** The actors of the event's area, to suggest from. */
  candidates: readonly AnalysisActor[];
  /** Higher ranks first among suggestions (e.g. an actor's number of ties). */
  rank: ReadonlyMap<string, number>;
  /** The event's municipality: its actors are suggested before the rest of the region's. */
  municipalityCode: string | null;
  maxSuggestions?: number;
}

/**
 * For each group of the event's profile (training target groups, regional panel): whether
 * the invitation list covers it, and whom to add when it does not. Groups with min 0 name
 * groups only for the profile's tie checks and are left out.
 */
export function invitationChecklist(input: ChecklistInput): Checklist {
  const max = input.maxSuggestions ?? 3;
  const listed = new Set(input.invitees.map((i) => i.actor.id));
  const groups = input.profile.groups
    .filter((group) => group.min > 0)
    .map((group): ChecklistGroup => {
      const invited = input.invitees.filter(
        (i) => !NOT_COVERING.has(i.status) && matchesGroup(i.actor, group),
      );
      const invitedActorIds = [...new Set(invited.map((i) => i.actor.id))];
      const covered = invitedActorIds.length >= group.min;
      const suggestions = covered
        ? []
        : input.candidates
            .filter((a) => !listed.has(a.id) && matchesGroup(a, group))
            .sort(
              (a, b) =>
                local(b, input.municipalityCode) - local(a, input.municipalityCode) ||
                (input.rank.get(b.id) ?? 0) - (input.rank.get(a.id) ?? 0) ||
                a.name.localeCompare(b.name, 'fi') ||
                (a.id < b.id ? -1 : 1),
            )
            .slice(0, max)
            .map((a) => ({
              actorId: a.id,
              reason: reasonFor(a, group.label, input.municipalityCode),
            }));
      return {
        groupId: group.id,
        label: group.label,
        required: group.min,
        invitedActorIds,
        covered,
        suggestions,
      };
    });
  const coveredCount = groups.filter((g) => g.covered).length;
  return {
    profileId: input.profile.id,
    profileLabel: input.profile.label,
    groups,
    coveredCount,
    missingCount: groups.length - coveredCount,
  };
}

function local(actor: AnalysisActor, municipalityCode: string | null): number {
  return municipalityCode !== null && actor.municipalityCode === municipalityCode ? 1 : 0;
}

function reasonFor(actor: AnalysisActor, group: Labels, municipalityCode: string | null): Labels {
  const here = local(actor, municipalityCode) === 1;
  return {
    fi: `Ryhmästä ${group.fi} ei ole vielä kutsuttu ketään${here ? '; toimii tapahtuman kunnassa' : ''}.`,
    sv: `Ingen från gruppen ${group.sv} är inbjuden ännu${here ? '; verkar i evenemangets kommun' : ''}.`,
    en: `No one from the group ${group.en} is invited yet${here ? "; works in the event's municipality" : ''}.`,
  };
}
