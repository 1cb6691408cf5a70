import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  describe('VERKOSTO_CORS_ORIGINS', () => {
    it('is empty by default: the web app is served from the API’s own origin', () => {
      expect(loadConfig({}).corsOrigins).toEqual([]);
    });

    it('reads a comma-separated list of origins', () => {
      const config = loadConfig({
        VERKOSTO_CORS_ORIGINS: 'https://kartta.example.fi, http://localhost:5173',
      });
      expect(config.corsOrigins).toEqual(['https://kartta.example.fi', 'http://localhost:5173']);
    });

    it.each(['https://kartta.example.fi/', 'kartta.example.fi', '*', 'ftp://x.example'])(
      'refuses %s, which is no origin a browser sends',
      (value) => {
        expect(() => loadConfig({ VERKOSTO_CORS_ORIGINS: value })).toThrow(ConfigError);
        expect(() => loadConfig({ VERKOSTO_CORS_ORIGINS: value })).toThrow(
          /VERKOSTO_CORS_ORIGINS must list origins like https:\/\/kartta\.example\.fi/,
        );
      },
    );
  });

  describe('VERKOSTO_RATE_LIMIT', () => {
    it('allows 1,200 requests a minute by default; 0 turns the limit off', () => {
      expect(loadConfig({}).rateLimitPerMinute).toBe(1200);
      expect(loadConfig({ VERKOSTO_RATE_LIMIT: '0' }).rateLimitPerMinute).toBe(0);
      expect(loadConfig({ VERKOSTO_RATE_LIMIT: '60' }).rateLimitPerMinute).toBe(60);
    });

    it('refuses anything but a whole number', () => {
      expect(() => loadConfig({ VERKOSTO_RATE_LIMIT: 'lots' })).toThrow(
        'VERKOSTO_RATE_LIMIT must be a whole number (0 or more), not "lots".',
      );
    });
  });

  it('is in production only when NODE_ENV says so', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
  });

  describe('OpenID Connect', () => {
    it('is off unless an issuer is set, and then needs a client id and a redirect address', () => {
      expect(loadConfig({}).auth.oidc).toBeNull();
      expect(() => loadConfig({ VERKOSTO_OIDC_ISSUER: 'https://tunnistus.example.fi' })).toThrow(
        /VERKOSTO_OIDC_CLIENT_ID and VERKOSTO_OIDC_REDIRECT_URI/,
      );
      const config = loadConfig({
        VERKOSTO_OIDC_ISSUER: 'https://tunnistus.example.fi',
        VERKOSTO_OIDC_CLIENT_ID: 'verkosto',
        VERKOSTO_OIDC_CLIENT_SECRET: 's',
        VERKOSTO_OIDC_REDIRECT_URI: 'https://verkosto.example.fi/api/auth/oidc/callback',
      });
      expect(config.auth.oidc).toEqual({
        issuer: 'https://tunnistus.example.fi',
        clientId: 'verkosto',
        clientSecret: 's',
        redirectUri: 'https://verkosto.example.fi/api/auth/oidc/callback',
      });
      expect(() =>
        loadConfig({
          VERKOSTO_OIDC_ISSUER: 'tunnistus.example.fi',
          VERKOSTO_OIDC_CLIENT_ID: 'verkosto',
          VERKOSTO_OIDC_REDIRECT_URI: 'https://verkosto.example.fi/cb',
        }),
      ).toThrow(/VERKOSTO_OIDC_ISSUER must be an http\(s\) address/);
    });
  });
});
