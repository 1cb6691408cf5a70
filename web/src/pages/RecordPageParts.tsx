import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The pieces the events and plans pages share: the way back to the list, the loading
 * line, the notice that someone else saved first (with the reload that ends it), and the
 * "new ..." button of a list.
 */
export function BackLink({
  label,
  onBack,
  testId,
}: {
  label: string;
  onBack(): void;
  testId: string;
}) {
  return (
    <p>
      <button type="button" className="link" onClick={onBack} data-testid={testId}>
        ← {label}
      </button>
    </p>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}

export function ConflictNotice({
  message,
  reloadLabel,
  testId,
  onReload,
}: {
  message: string;
  reloadLabel: string;
  testId: string;
  onReload(): void;
}) {
  return (
    <div className="notice error" role="alert" data-testid={testId}>
      <p>{message}</p>
      <button type="button" onClick={onReload}>
        {reloadLabel}
      </button>
    </div>
  );
}

/**
 * A link to a record's page that a plain click opens inside the app, while a middle or
 * modified click (or "open in new tab") still gets the real address.
 */
export function InAppLink({
  href,
  onOpen,
  testId,
  children,
}: {
  href: string;
  onOpen(): void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      onClick={(click) => {
        if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey) return;
        click.preventDefault();
        onOpen();
      }}
      data-testid={testId}
    >
      {children}
    </a>
  );
}

/**
 * A list page's "new ..." button, replaced by the form while one is being created. `form`
 * gets the function that closes it (cancel; a conflict cannot happen: a new record has no
 * version to be stale).
 */
export function NewRecord({
  creating,
  canCreate,
  label,
  testId,
  onCreating,
  form,
}: {
  creating: boolean;
  canCreate: boolean;
  label: string;
  testId: string;
  onCreating(creating: boolean): void;
  form(close: () => void): ReactNode;
}) {
  if (creating) return form(() => onCreating(false));
  if (!canCreate) return null;
  return (
    <p>
      <button type="button" onClick={() => onCreating(true)} data-testid={testId}>
        {label}
      </button>
    </p>
  );
}
