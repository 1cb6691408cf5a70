import { useState, type ReactNode, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { issueFor, otherIssues } from '../forms/field-issues';
import { binder, fieldErrors } from '../forms/field-errors';
import { useSave } from '../forms/use-save';
import { createOrUpdate, recordFormText, type RecordKind, type Versioned } from './record-save';
import { useMunicipalities } from './region-data';

interface RecordFormOptions<V, R extends Versioned> {
  kind: RecordKind;
  /** The record to edit; without it the form creates one. */
  record: R | undefined;
  toForm(record: NoInfer<R>): V;
  empty(): V;
  create(values: V): Promise<R>;
  update(values: V, at: Versioned): Promise<R>;
  onSaved(record: R): void;
  /** Someone saved in between: the page offers to reload. */
  onConflict(): void;
}

/**
 * What the event and plan forms share: their values, saving them through the API (see
 * useSave for where each failure goes), and fields that show the server's error for them,
 * tied together for screen readers, in the UI language when the rule is known
 * (`{kind}.rule.*`).
 */
export function useRecordForm<V extends object, R extends Versioned>(
  options: RecordFormOptions<V, R>,
) {
  const { kind, record } = options;
  const { t } = useTranslation();
  const [values, setValues] = useState<V>(() =>
    record ? options.toForm(record) : options.empty(),
  );
  const { saving, issues, error, submit } = useSave({
    save: () =>
      createOrUpdate(
        record,
        () => options.create(values),
        (at) => options.update(values, at),
      ),
    onSaved: options.onSaved,
    onConflict: options.onConflict,
  });

  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const { field, described } = fieldErrors({
    issueOf: (name) => issueFor(issues, name),
    idOf: (name) => `${kind}-err-${name}`,
    text: (issue) => t(`${kind}.rule.${issue.rule}`, { defaultValue: issue.message }),
    testIdOf: (name) => `error-${name}`,
  });
  const bind = binder(values, set, described);

  const text = (name: Parameters<typeof bind>[0], type = 'text', required = false) => (
    <input type={type} required={required} {...bind(name)} />
  );

  return {
    kind,
    isNew: !record,
    values,
    set,
    saving,
    issues,
    error,
    submit,
    field,
    described,
    bind,
    text,
  };
}

export type RecordFormState = Pick<
  ReturnType<typeof useRecordForm>,
  'kind' | 'isNew' | 'saving' | 'issues' | 'error' | 'submit'
>;

/**
 * The frame of an event or plan form: its heading, the fields it is given, then what went
 * wrong that no field shows (an issue of a field it does not have, or a message) above the
 * save and cancel buttons.
 */
export function RecordForm({
  form,
  shownFields,
  onCancel,
  children,
}: {
  form: RecordFormState;
  /** Field paths that show their own errors; the issues of any other are listed at the end. */
  shownFields: readonly string[];
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { saving, error } = form;
  const text = recordFormText(form.kind, form.isNew, saving);
  const rest = otherIssues(form.issues, shownFields);
  return (
    <form
      className={`edit-form ${text.formName}`}
      onSubmit={(e) => void form.submit(e)}
      data-testid={text.formName}
      aria-label={t(text.title)}
      noValidate
    >
      <h2>{t(text.title)}</h2>
      {children}
      {rest.length > 0 && (
        <ul className="field-error" role="alert">
          {rest.map((i) => (
            <li key={`${i.field}-${i.rule}`}>
              {i.field}: {i.message}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="buttons">
        <button type="submit" disabled={saving} data-testid={text.saveTestId}>
          {t(text.submit)}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          {t(text.cancel)}
        </button>
      </div>
    </form>
  );
}

/** Where a record belongs: one of the region's municipalities, or '' for the region itself. */
export function MunicipalitySelect({
  regionCode,
  regionLabel,
  ...select
}: {
  regionCode: string;
  /** What the '' choice says, as the form calls the region's own record. */
  regionLabel: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const { i18n } = useTranslation();
  const municipalities = useMunicipalities(regionCode);
  return (
    <select {...select}>
      <option value="">{regionLabel}</option>
      {municipalities.map((m) => (
        <option key={m.code} value={m.code}>
          {i18n.language === 'sv' ? (m.nameSv ?? m.nameFi) : m.nameFi}
        </option>
      ))}
    </select>
  );
}
