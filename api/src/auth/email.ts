/** Emails are compared trimmed and lower-cased: one account per address, however typed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
