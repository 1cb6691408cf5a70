/** One broken rule in a user's input: which field, which rule, and a sentence for the user. */
export interface InputIssue {
  field: string;
  rule: string;
  message: string;
}

/** Input that breaks one or more rules. Nothing has been written when this is thrown. */
export class InputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'InputError';
  }

  static single(field: string, rule: string, message: string): InputError {
    return new InputError([{ field, rule, message }]);
  }
}
