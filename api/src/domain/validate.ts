import { z } from 'zod';
import { InputError, type InputIssue } from './input-error';

/**
 * Parses input with a zod schema and turns every failure into an InputIssue that names the
 * field (a dotted path) and the rule, so GraphQL errors and import reports speak alike.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InputError(toIssues(result.error));
}

export function toIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(input)',
    rule: ruleOf(issue),
    message: issue.message,
  }));
}

function ruleOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? 'max_length'
        : issue.origin === 'array'
          ? 'max_items'
          : 'max';
    case 'too_small':
      return issue.origin === 'string'
        ? 'required'
        : issue.origin === 'array'
          ? 'min_items'
          : 'min';
    case 'invalid_format':
      return issue.format;
    case 'invalid_value':
      return 'one_of';
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'type';
    case 'custom':
      return typeof issue.params?.rule === 'string' ? issue.params.rule : 'invalid';
    default:
      return issue.code;
  }
}
