import type {
  ActorFieldsFragment,
  Category,
  Dimension,
  UpdateActorInput,
} from '../api/generated/graphql';
import { orNull, textsOf } from '../forms/form-text';

/** The actor edit form's values: text as typed ('' for none). */
export interface ActorFormValues {
  name: string;
  category: Category;
  subcategory: string;
  /** '' for a national actor, which has none. */
  municipality: string;
  email: string;
  phone: string;
  website: string;
  description: string;
  dimensions: Dimension[];
}

export function actorToForm(actor: ActorFieldsFragment): ActorFormValues {
  return {
    name: actor.name,
    category: actor.category,
    ...textsOf(actor, ['subcategory', 'email', 'phone', 'website', 'description']),
    municipality: actor.municipalityCode ?? '',
    dimensions: [...actor.dimensions],
  };
}

/** What the form sends: blank fields clear, and the rest are trimmed. */
export function toUpdateActorInput(
  values: ActorFormValues,
  actor: Pick<ActorFieldsFragment, 'municipalityCode'>,
): UpdateActorInput {
  const input: UpdateActorInput = {
    name: values.name.trim(),
    category: values.category,
    subcategory: orNull(values.subcategory),
    email: orNull(values.email),
    phone: orNull(values.phone),
    website: orNull(values.website),
    description: orNull(values.description),
    dimensions: values.dimensions,
  };
  // Only send the municipality when it changed: a national actor has none to send.
  if ((actor.municipalityCode ?? '') !== values.municipality && values.municipality)
    input.municipalityCode = values.municipality;
  return input;
}
