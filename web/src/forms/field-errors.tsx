import type { ChangeEvent, ReactNode } from 'react';
import type { InputIssue } from '../api/client';

/** How a form finds, names and words the server's error for one of its fields. */
export interface FieldErrorStyle {
  issueOf(name: string): InputIssue | undefined;
  /** The error's element id, which its control names in aria-describedby. */
  idOf(name: string): string;
  text(issue: InputIssue): string;
  testIdOf?(name: string): string;
}

type Described = { 'aria-invalid'?: true; 'aria-describedby'?: string };

/**
 * Labelled fields that show the server's error for them, tied to their control for screen
 * readers: `field` wraps a control, and the control spreads `described`.
 */
export function fieldErrors(style: FieldErrorStyle) {
  const field = (name: string, label: string, control: ReactNode) => {
    const issue = style.issueOf(name);
    return (
      <label className="field">
        {label}
        {control}
        {issue && (
          <span className="field-error" id={style.idOf(name)} data-testid={style.testIdOf?.(name)}>
            {style.text(issue)}
          </span>
        )}
      </label>
    );
  };

  const described = (name: string): Described =>
    style.issueOf(name) ? { 'aria-invalid': true, 'aria-describedby': style.idOf(name) } : {};

  return { field, described };
}

/** The fields an <input> can edit as they are (a union such as an event's kind needs a select). */
export type PlainTextField<V> = {
  [K in keyof V]: string extends V[K] ? (V[K] extends string ? K : never) : never;
}[keyof V] &
  string;

/** Binds an input, textarea or select to a text field of the form's values, with its error. */
export function binder<V>(
  values: V,
  set: <K extends keyof V>(key: K, value: V[K]) => void,
  described: (name: string) => Described,
) {
  return (name: PlainTextField<V>) => ({
    name,
    value: values[name] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(name, e.target.value as V[typeof name]),
    ...described(name),
  });
}
