import * as client from 'openid-client';
import type { OidcConfig } from '../config/app-config';

/** What the browser carries between leaving for the provider and coming back. */
export interface OidcPending {
  verifier: string;
  state: string;
  nonce: string;
}

/**
 * The app's side of OpenID Connect's authorization code flow with PKCE, through openid-client
 * (a certified relying party library). The provider's metadata is fetched once.
 */
export class OidcClient {
  private discovered: Promise<client.Configuration> | null = null;

  constructor(private readonly config: OidcConfig) {}

  private configuration(): Promise<client.Configuration> {
    // Plain http only for a provider on this machine (tests, a local trial).
    const local = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(`${this.config.issuer}/`);
    this.discovered ??= client
      .discovery(
        new URL(this.config.issuer),
        this.config.clientId,
        this.config.clientSecret,
        undefined,
        local ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.discovered = null;
        throw error;
      });
    return this.discovered;
  }

  /** Where to send the browser, and what it must bring back. */
  async start(): Promise<{ url: string; pending: OidcPending }> {
    const config = await this.configuration();
    const pending = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.config.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** The verified email of the user the provider signed in; throws for anything amiss. */
  async finish(callbackUrl: URL, pending: OidcPending): Promise<string> {
    const config = await this.configuration();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The identity provider gave no ID token.');
    let { email, email_verified: verified } = claims;
    // Many providers put the email only in the userinfo answer, not in the ID token.
    if (typeof email !== 'string') {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      ({ email, email_verified: verified } = info);
    }
    if (typeof email !== 'string' || verified === false) {
      throw new Error('The identity provider gave no verified email address.');
    }
    return email;
  }
}
