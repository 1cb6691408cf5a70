import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal';

/**
 * Who the current request acts for, readable anywhere below the HTTP layer (services, the
 * audit log) without threading it through every call. A middleware opens one context per
 * request; the auth guard fills in the principal once the session is known.
 */
interface RequestContext {
  principal: Principal | null;
  /** The client's address, for login throttling and the audit trail. */
  ip: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequestContext<T>(ip: string | null, work: () => T): T {
  return storage.run({ principal: null, ip }, work);
}

export function setPrincipal(principal: Principal | null): void {
  const context = storage.getStore();
  if (context) context.principal = principal;
}

/** The principal of the current request; null outside a request or before sign-in. */
export function currentPrincipal(): Principal | null {
  return storage.getStore()?.principal ?? null;
}

export function currentIp(): string | null {
  return storage.getStore()?.ip ?? null;
}

/**
 * Runs work as the given principal outside any HTTP request: the CLI import, the demo seed
 * and tests, so the audit log still names who did it.
 */
export function runAs<T>(principal: Principal | null, work: () => T): T {
  return storage.run({ principal, ip: null }, work);
}
