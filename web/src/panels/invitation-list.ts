/** The invitation list a planner collects from gap suggestions, kept per region in the browser. */
export interface ListedActor {
  id: string;
  name: string;
}

const key = (scope: string) => `verkosto.invitations.${scope}`;

export function loadList(storage: Pick<Storage, 'getItem'>, scope: string): ListedActor[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key(scope)) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (a): a is ListedActor => typeof a?.id === 'string' && typeof a?.name === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function saveList(
  storage: Pick<Storage, 'setItem'>,
  scope: string,
  list: readonly ListedActor[],
): void {
  try {
    storage.setItem(key(scope), JSON.stringify(list));
  } catch {
    // A full or blocked storage loses the list at reload, nothing worse.
  }
}

export function addToList(list: readonly ListedActor[], actor: ListedActor): ListedActor[] {
  return list.some((a) => a.id === actor.id) ? [...list] : [...list, actor];
}
