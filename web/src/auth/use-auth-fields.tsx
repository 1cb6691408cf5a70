import { useState, type ReactNode } from 'react';
import { inputTypeFor, type Credential } from './credential';

/**
 * The required fields of the sign-in, setup and password forms. Their values are named as
 * the API names them, so that `errorOf(name)` can show the API's error under its field.
 */
export function useAuthFields<N extends string>(
  initial: Record<N, string>,
  errorOf?: (name: N) => ReactNode,
) {
  const [values, setValues] = useState(initial);

  /** `purpose` is what the browser's password manager fills the field by; a hint follows it. */
  const field = (
    name: N,
    label: string,
    purpose: Credential,
    testId?: string,
    hint?: ReactNode,
  ) => (
    <label>
      {label}
      <input
        type={inputTypeFor(purpose)}
        autoComplete={purpose}
        required
        value={values[name]}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        data-testid={testId}
      />
      {hint}
      {errorOf?.(name)}
    </label>
  );

  return { values, field };
}
