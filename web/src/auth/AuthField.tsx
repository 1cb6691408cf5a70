import type { ReactNode } from 'react';

/**
 * A required field of the sign-in, setup and password forms. `autoComplete` tells the
 * browser's password manager which secret it is; a hint or an error follows the input.
 */
export function AuthField({
  label,
  type,
  autoComplete,
  value,
  onChange,
  testId,
  children,
}: {
  label: string;
  type: 'text' | 'email' | 'password';
  autoComplete: string;
  value: string;
  onChange(value: string): void;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <label>
      {label}
      <input
        type={type}
        autoComplete={autoComplete}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
      {children}
    </label>
  );
}
