/**
 * The form in which two e-mail addresses are compared for "the same address twice": trimmed
 * and in lower case. Mail systems treat the domain case-insensitively and, in practice,
 * the local part too; "Liisa@Kajaani.fi" and "liisa@kajaani.fi " reach the same person.
 */
export function normaliseEmail(email: string | null | undefined): string | null {
  if (!email) return null;
  const key = email.trim().toLowerCase();
  return key === '' ? null : key;
}
