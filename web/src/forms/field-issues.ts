import type { InputIssue } from '../api/client';

/**
 * The API names a broken field by its path in the input ("title", "programme.0.title", at
 * times "input.title"); a form shows the message next to the field of that name.
 */
export function issueFor(issues: readonly InputIssue[], field: string): InputIssue | undefined {
  return issues.find((i) => i.field === field || i.field === `input.${field}`);
}

/** Issues no field of the form shows (a nested path, a field it does not have): said on top. */
export function otherIssues(
  issues: readonly InputIssue[],
  fields: readonly string[],
): InputIssue[] {
  return issues.filter((i) => !fields.some((f) => issueFor([i], f)));
}
