/**
 * How a speaker is named on the event page. The API gives a speaker as a name (someone
 * outside the register), a contact person (by id, with the actor's persons alongside) or an
 * actor; the page shows "person, actor" when it knows both.
 */
export interface SpeakerSource {
  name: string | null;
  personId: string | null;
  actor: {
    name: string;
    persons: readonly { id: string; name: string; title: string | null }[];
  } | null;
}

export function speakerLabel(speaker: SpeakerSource): string {
  if (speaker.name) return speaker.name;
  const person = speaker.actor?.persons.find((p) => p.id === speaker.personId);
  if (person && speaker.actor) {
    return person.title
      ? `${person.name} (${person.title}), ${speaker.actor.name}`
      : `${person.name}, ${speaker.actor.name}`;
  }
  // A person id without its record (deleted since) still leaves the actor to show.
  return speaker.actor?.name ?? '–';
}
