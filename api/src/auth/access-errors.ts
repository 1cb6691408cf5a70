/** The request carries no valid session: sign in. */
export class UnauthenticatedError extends Error {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to use Verkosto.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** Signed in, but the role does not allow this operation. */
export class ForbiddenError extends Error {
  readonly code = 'FORBIDDEN';
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Too many failed sign-ins for this email or address; nothing was checked. */
export class TooManyAttemptsError extends Error {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} min.`);
    this.name = 'TooManyAttemptsError';
  }
}
