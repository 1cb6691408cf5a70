import type { ReactNode } from 'react';

/** A collapsible sidebar section: a native <details>, keyboard and screen-reader friendly. */
export function Section({
  title,
  open = true,
  children,
  testId,
}: {
  title: string;
  open?: boolean;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <details className="section" open={open} data-testid={testId}>
      <summary>
        <h2>{title}</h2>
      </summary>
      <div className="section-body">{children}</div>
    </details>
  );
}
