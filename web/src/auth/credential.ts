/** The autocomplete purposes of the sign-in, setup and password fields. */
export type Credential = 'name' | 'username' | 'current-password' | 'new-password';

/** The input for a purpose: users sign in by email, so the username is one. */
export function inputTypeFor(purpose: Credential): 'text' | 'email' | 'password' {
  if (purpose === 'username') return 'email';
  return purpose === 'name' ? 'text' : 'password';
}
