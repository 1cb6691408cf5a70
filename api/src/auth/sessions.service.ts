import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import type { UserRecord } from '../store/account-store';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';
import { TooManyAttemptsError, UnauthenticatedError } from './access-errors';
import { normaliseEmail } from './email';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import type { Principal } from './principal';
import { principalOf } from './principal-of';
import { newSessionToken, sessionIdOf } from './session-token';

/** Activity is written back at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;
/** How often ended sessions are removed from the store. */
const SWEEP_INTERVAL_MS = 15 * 60_000;

export interface SignedIn {
  user: UserRecord;
  /** The cookie value; only the browser keeps it. */
  token: string;
}

/** Signs users in and out and turns a session cookie into the principal a request acts for. */
@Injectable()
export class SessionsService implements OnModuleInit, OnModuleDestroy {
  private readonly throttle = new LoginThrottle();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  /**
   * One answer for an unknown email, a wrong password and a disabled account, so a caller
   * cannot learn which addresses have accounts. Each call counts as an attempt.
   */
  async login(rawEmail: string, password: string, address: string | null): Promise<SignedIn> {
    const email = normaliseEmail(rawEmail);
    const wait = this.throttle.retryAfter(email, address);
    if (wait > 0) throw new TooManyAttemptsError(Math.ceil(wait / 1000));
    const user = await this.store.getUserByEmail(email);
    const matches = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !matches || user.disabled) {
      this.throttle.recordFailure(email, address);
      throw new UnauthenticatedError('The email or password is wrong.');
    }
    this.throttle.recordSuccess(email);
    const token = await this.startSession(user.id);
    return { user, token };
  }

  /** A fresh token for the user: sign-in always rotates the session. */
  async startSession(userId: string): Promise<string> {
    const token = newSessionToken();
    const now = new Date().toISOString();
    await this.store.createSession({
      id: sessionIdOf(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
    });
    return token;
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.store.deleteSession(sessionIdOf(token));
  }

  /** The principal of a valid session; null for a missing, expired or disabled one. */
  async resolve(token: string | undefined, now = Date.now()): Promise<Principal | null> {
    if (!token) return null;
    const id = sessionIdOf(token);
    const session = await this.store.getSession(id);
    if (!session) return null;
    const lastSeen = Date.parse(session.lastSeenAt);
    const { sessionIdleMinutes, sessionMaxHours } = this.config.auth;
    const expired =
      now - lastSeen > sessionIdleMinutes * 60_000 ||
      now - Date.parse(session.createdAt) > sessionMaxHours * 3_600_000;
    const user = expired ? null : await this.store.getUser(session.userId);
    if (!user || user.disabled) {
      await this.store.deleteSession(id);
      return null;
    }
    if (now - lastSeen > TOUCH_INTERVAL_MS) {
      await this.store.touchSession(id, new Date(now).toISOString());
    }
    return principalOf(user);
  }

  /** How long the cookie lives: the absolute timeout; the store enforces the idle one. */
  maxAgeMs(): number {
    return this.config.auth.sessionMaxHours * 3_600_000;
  }

  get cookieSecure(): boolean {
    return this.config.auth.cookieSecure;
  }

  /** Removes sessions past either timeout; run now and then, not per request. */
  async sweep(now = Date.now()): Promise<number> {
    const { sessionIdleMinutes, sessionMaxHours } = this.config.auth;
    return this.store.deleteExpiredSessions(
      new Date(now - sessionIdleMinutes * 60_000).toISOString(),
      new Date(now - sessionMaxHours * 3_600_000).toISOString(),
    );
  }
}
