/** What the gaps panel asks for, and whether the link's own profile had to be passed over. */
export interface GapProfileChoice {
  /** null: not known yet (the link names a profile and the profiles are still loading). */
  id: string | null;
  /** The link named a profile that does not exist (any more): the first one is shown. */
  missing: boolean;
}

/**
 * The gap profile of the panel. A shared link may name a profile deleted since it was
 * copied, so the link's profile is taken only once the list shows it exists; without one in
 * the link, the first profile (or the built-in default before the list is in).
 */
export function chooseGapProfile(
  requested: string | null,
  available: readonly { id: string }[] | undefined,
  fallback: string,
): GapProfileChoice {
  const first = available?.[0]?.id ?? fallback;
  if (!requested) return { id: first, missing: false };
  if (!available) return { id: null, missing: false };
  return available.some((p) => p.id === requested)
    ? { id: requested, missing: false }
    : { id: first, missing: true };
}
