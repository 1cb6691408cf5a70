import { currentPrincipal } from '../auth/request-context';
import type { NewAuditEntry } from '../store/audit-store';

/**
 * An audit entry for the current request's user (none outside a request). Records are kept
 * as JSON; a user's password hash never is.
 */
export function auditEntry(
  action: string,
  entity: string,
  entityId: string | null,
  change: { before?: unknown; after?: unknown; detail?: unknown } = {},
): NewAuditEntry {
  const principal = currentPrincipal();
  return {
    userId: principal?.userId ?? null,
    userEmail: principal?.email ?? null,
    action,
    entity,
    entityId,
    before: json(change.before),
    after: json(change.after),
    detail: json(change.detail),
  };
}

function json(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v: unknown) => (key === 'passwordHash' ? undefined : v));
}
