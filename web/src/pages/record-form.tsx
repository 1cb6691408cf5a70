import {
  useState,
  type ChangeEvent,
  type FormEvent,
  type ReactNode,
  type SelectHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { InputIssue } from '../api/client';
import { issueFor, otherIssues } from '../events/field-issues';
import {
  createOrUpdate,
  recordFormText,
  saveFailure,
  type RecordKind,
  type Versioned,
} from './record-save';
import { useMunicipalities } from './region-data';

/** The fields an <input> can edit as they are (a union such as an event's kind needs a select). */
type PlainTextField<V> = {
  [K in keyof V]: string extends V[K] ? (V[K] extends string ? K : never) : never;
}[keyof V] &
  string;

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
 * saveFailure for where each failure goes), and fields that show the server's error for
 * them, tied together for screen readers, in the UI language when the rule is known
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
  const [saving, setSaving] = useState(false);
  const [issues, setIssues] = useState<InputIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const idOf = (name: string) => `${kind}-err-${name}`;

  const set = <K extends keyof V>(key: K, value: V[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setIssues([]);
    setError(null);
    try {
      const saved = await createOrUpdate(
        record,
        () => options.create(values),
        (at) => options.update(values, at),
      );
      options.onSaved(saved);
    } catch (err) {
      const failure = saveFailure(err);
      if (failure.type === 'conflict') options.onConflict();
      else if (failure.type === 'issues') setIssues(failure.issues);
      else setError(failure.message);
    } finally {
      setSaving(false);
    }
  };

  /** A labelled field with its server error. */
  const field = (name: string, label: string, control: ReactNode) => {
    const issue = issueFor(issues, name);
    return (
      <label className="field">
        {label}
        {control}
        {issue && (
          <span className="field-error" id={idOf(name)} data-testid={`error-${name}`}>
            {t(`${kind}.rule.${issue.rule}`, { defaultValue: issue.message })}
          </span>
        )}
      </label>
    );
  };

  const described = (name: string) =>
    issueFor(issues, name) ? { 'aria-invalid': true, 'aria-describedby': idOf(name) } : {};

  /** Binds an input, textarea or select to a field, with the field's server error. */
  const bind = (name: PlainTextField<V>) => ({
    name,
    value: values[name] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(name, e.target.value as V[typeof name]),
    ...described(name),
  });

  const text = (name: PlainTextField<V>, type = 'text', required = false) => (
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
