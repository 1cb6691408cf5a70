/** The records with a form of their own; also the i18n namespace of the form's text. */
export type RecordKind = 'events' | 'plans';

/** What the form stores its save against: a save over a newer version is refused. */
export interface Versioned {
  id: string;
  version: number;
}

/**
 * A new record is created; an open one is saved over the version the form was opened at,
 * so that someone else's save in between comes back as a conflict instead of being lost.
 */
export function createOrUpdate<S>(
  record: Versioned | undefined,
  create: () => Promise<S>,
  update: (at: Versioned) => Promise<S>,
): Promise<S> {
  return record ? update({ id: record.id, version: record.version }) : create();
}

// The names predate the shared form: the stylesheet and the e2e tests find the forms by them.
const FORMS = {
  events: { newTitle: 'events.newEvent', name: 'event' },
  plans: { newTitle: 'plans.newPlan', name: 'plan' },
} as const;

/**
 * The i18n keys of a form's heading and buttons, the form's name (its class and test id)
 * and its save button's test id.
 */
export function recordFormText(kind: RecordKind, isNew: boolean, saving: boolean) {
  const { newTitle, name } = FORMS[kind];
  return {
    title: isNew ? newTitle : `${kind}.edit`,
    submit: saving ? `${kind}.saving` : isNew ? `${kind}.create` : `${kind}.save`,
    cancel: `${kind}.cancel`,
    formName: `${name}-form`,
    saveTestId: `${name}-save`,
  };
}
