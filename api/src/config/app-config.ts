import { resolve } from 'node:path';
import type { PrivacyConfig } from '../privacy/privacy-statement';

/** Everything Verkosto reads from its environment. The README lists each variable. */
export interface AppConfig {
  host: string;
  port: number;
  /** Seed the Kainuu demo network into an empty register at start. */
  demo: boolean;
  /** NODE_ENV=production: no stack traces, no field suggestions, no GraphiQL page. */
  production: boolean;
  /** Answer GraphQL introspection (on by default outside production). */
  introspection: boolean;
  /** Origins other than the app's own that browsers may call the API from; empty: none. */
  corsOrigins: string[];
  /** GraphQL root fields and REST calls per minute per client address and operation; 0: no limit. */
  rateLimitPerMinute: number;
  /** Folder of the built web app the API serves; null when it has not been built. */
  webDist: string | null;
  store: SqliteStoreConfig | Neo4jStoreConfig;
  auth: AuthConfig;
  /** Named on the privacy statement page. */
  privacy: PrivacyConfig;
}

export interface AuthConfig {
  /** A session unused this long ends. */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  sessionMaxHours: number;
  /** Always mark the cookie Secure; otherwise it is Secure when the request came over HTTPS. */
  cookieSecure: boolean;
  /** The first admin, created at start when the store has no users. */
  firstAdmin: { email: string; password: string } | null;
  /** Sign-in through an organisation's OpenID Connect provider; null: not offered. */
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This app's callback as registered at the provider: https://…/api/auth/oidc/callback */
  redirectUri: string;
}

export interface SqliteStoreConfig {
  kind: 'sqlite';
  path: string;
}

export interface Neo4jStoreConfig {
  kind: 'neo4j';
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

/** A configuration a user has to fix; main.ts prints its message as one line and exits. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const DEFAULT_SQLITE_PATH = 'data/verkosto.db';

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: parsePort(env.PORT),
    demo: parseFlag('VERKOSTO_DEMO', env.VERKOSTO_DEMO, true),
    introspection: parseFlag(
      'VERKOSTO_GRAPHQL_INTROSPECTION',
      env.VERKOSTO_GRAPHQL_INTROSPECTION,
      env.NODE_ENV !== 'production',
    ),
    production: env.NODE_ENV === 'production',
    corsOrigins: parseOrigins(env.VERKOSTO_CORS_ORIGINS),
    rateLimitPerMinute: parseCount('VERKOSTO_RATE_LIMIT', env.VERKOSTO_RATE_LIMIT, 1200),
    webDist: env.VERKOSTO_WEB_DIST ? resolve(cwd, env.VERKOSTO_WEB_DIST) : null,
    store: env.NEO4J_URI?.trim() ? neo4jConfig(env) : sqliteConfig(env, cwd),
    auth: authConfig(env),
    privacy: {
      controller: env.VERKOSTO_PRIVACY_CONTROLLER?.trim() || null,
      contact: env.VERKOSTO_PRIVACY_CONTACT?.trim() || null,
    },
  };
}

function authConfig(env: NodeJS.ProcessEnv): AuthConfig {
  const email = env.VERKOSTO_ADMIN_EMAIL?.trim();
  const password = env.VERKOSTO_ADMIN_PASSWORD;
  if (Boolean(email) !== Boolean(password)) {
    throw new ConfigError(
      'Set both VERKOSTO_ADMIN_EMAIL and VERKOSTO_ADMIN_PASSWORD for the first admin, or neither.',
    );
  }
  return {
    sessionIdleMinutes: positive('VERKOSTO_SESSION_IDLE_MINUTES', env, 60),
    sessionMaxHours: positive('VERKOSTO_SESSION_MAX_HOURS', env, 12),
    cookieSecure: parseFlag('VERKOSTO_COOKIE_SECURE', env.VERKOSTO_COOKIE_SECURE, false),
    firstAdmin: email && password ? { email, password } : null,
    oidc: oidcConfig(env),
  };
}

function oidcConfig(env: NodeJS.ProcessEnv): OidcConfig | null {
  const issuer = env.VERKOSTO_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const clientId = env.VERKOSTO_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.VERKOSTO_OIDC_CLIENT_SECRET ?? '';
  const redirectUri = env.VERKOSTO_OIDC_REDIRECT_URI?.trim();
  if (!clientId || !redirectUri) {
    throw new ConfigError(
      'VERKOSTO_OIDC_ISSUER is set, so VERKOSTO_OIDC_CLIENT_ID and VERKOSTO_OIDC_REDIRECT_URI must be set too.',
    );
  }
  for (const [name, value] of [
    ['VERKOSTO_OIDC_ISSUER', issuer],
    ['VERKOSTO_OIDC_REDIRECT_URI', redirectUri],
  ]) {
    if (!/^https?:\/\/\S+$/.test(value)) {
      throw new ConfigError(`${name} must be an http(s) address, not "${value}".`);
    }
  }
  return { issuer, clientId, clientSecret, redirectUri };
}

function positive(name: string, env: NodeJS.ProcessEnv, fallback: number): number {
  const value = parseCount(name, env[name], fallback);
  if (value === 0) throw new ConfigError(`${name} must be 1 or more.`);
  return value;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${raw}".`);
  }
  return port;
}

function parseFlag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be 1 or 0 (true or false), not "${raw}".`);
}

function parseCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(`${name} must be a whole number (0 or more), not "${raw}".`);
  }
  return value;
}

/** A comma-separated list of origins such as https://kartta.example.fi (scheme, host, port). */
function parseOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      let origin: string | null = null;
      try {
        origin = new URL(item).origin;
      } catch {
        // reported below
      }
      // An origin has no path or trailing slash; a browser sends it exactly so.
      if (origin !== item || !/^https?:/.test(item)) {
        throw new ConfigError(
          `VERKOSTO_CORS_ORIGINS must list origins like https://kartta.example.fi, separated by commas; "${item}" is not one.`,
        );
      }
      return origin;
    });
}

function sqliteConfig(env: NodeJS.ProcessEnv, cwd: string): SqliteStoreConfig {
  const path = env.VERKOSTO_SQLITE_PATH?.trim() || DEFAULT_SQLITE_PATH;
  return { kind: 'sqlite', path: resolve(cwd, path) };
}

function neo4jConfig(env: NodeJS.ProcessEnv): Neo4jStoreConfig {
  const uri = env.NEO4J_URI!.trim();
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/\s]+/.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must look like neo4j://host:7687 or bolt://host:7687, not "${uri}".`,
    );
  }
  const username = env.NEO4J_USERNAME?.trim();
  const password = env.NEO4J_PASSWORD;
  if (!username || !password) {
    throw new ConfigError(
      'NEO4J_URI is set, so NEO4J_USERNAME and NEO4J_PASSWORD must be set too.',
    );
  }
  return {
    kind: 'neo4j',
    uri,
    username,
    password,
    database: env.NEO4J_DATABASE?.trim() || undefined,
  };
}
