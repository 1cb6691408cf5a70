import { useTranslation } from 'react-i18next';
import type { InputIssue } from '../api/client';
import { issueFor } from './field-issues';
import type { RecordKind } from '../pages/record-save';

/**
 * The server's error for a field of a row inside a record form (a co-organiser, programme
 * item, goal or measure), in the UI language when the rule is known. No control names it in
 * aria-describedby, so it announces itself (role="alert").
 */
export function RowFieldError({
  issues,
  path,
  kind,
  testId,
}: {
  issues: readonly InputIssue[];
  /** The field's path in the record's input, as the API names it ("goals.0.title"). */
  path: string;
  kind: RecordKind;
  testId?: string;
}) {
  const { t } = useTranslation();
  const issue = issueFor(issues, path);
  return issue ? (
    <span className="field-error" role="alert" data-testid={testId}>
      {t(`${kind}.rule.${issue.rule}`, { defaultValue: issue.message })}
    </span>
  ) : null;
}
