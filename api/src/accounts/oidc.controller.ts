import { Controller, Get, Inject, Logger, NotFoundException, Req, Res } from '@nestjs/common';
import { parse } from 'cookie';
import type { Request, Response } from 'express';
import { Public } from '../auth/access';
import { normaliseEmail } from '../auth/email';
import { OidcClient, type OidcPending } from '../auth/oidc-client';
import { setSessionCookie } from '../auth/session-cookie';
import { sessionToken } from '../auth/session.middleware';
import { SessionsService } from '../auth/sessions.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { auditEntry } from '../audit/audit-entry';
import { GRAPH_STORE, type GraphStore } from '../store/graph-store';

const PENDING_COOKIE = 'verkosto_oidc';
const PENDING_PATH = '/api/auth/oidc';

/**
 * Sign-in through the organisation's OpenID Connect provider. Only users an admin has added
 * get in (matched by verified email); the provider proves who they are, Verkosto decides
 * what they may do.
 *   GET /api/auth/oidc/login     → the provider
 *   GET /api/auth/oidc/callback  → a session, then the app (or /?signin=failed)
 */
@Controller('api/auth/oidc')
export class OidcController {
  private readonly client: OidcClient | null;
  private readonly logger = new Logger('OpenID Connect');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
    private readonly sessions: SessionsService,
  ) {
    this.client = config.auth.oidc ? new OidcClient(config.auth.oidc) : null;
  }

  @Public()
  @Get('login')
  async login(@Res() res: Response): Promise<void> {
    const { url, pending } = await this.oidc().start();
    res.cookie(PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
      httpOnly: true,
      // Lax: the provider's redirect back is a top-level GET, which carries it.
      sameSite: 'lax',
      path: PENDING_PATH,
      maxAge: 10 * 60_000,
    });
    res.redirect(302, url);
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const client = this.oidc();
    res.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
    try {
      const pending = pendingOf(req);
      const callbackUrl = new URL(req.originalUrl, this.config.auth.oidc!.redirectUri);
      const email = normaliseEmail(await client.finish(callbackUrl, pending));
      const user = await this.store.getUserByEmail(email);
      if (!user || user.disabled) {
        await this.store.appendAudit(
          auditEntry('refuse', 'SignIn', null, { detail: { via: 'oidc', reason: 'no account' } }),
        );
        return res.redirect(302, '/?signin=unknown');
      }
      await this.sessions.logout(sessionToken(req));
      const token = await this.sessions.startSession(user.id);
      setSessionCookie(req, res, token, this.sessions.maxAgeMs(), this.sessions.cookieSecure);
      res.redirect(302, '/');
    } catch (error) {
      // The user sees "try again"; the operator reads why here.
      this.logger.warn(`Sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
      res.redirect(302, '/?signin=failed');
    }
  }

  private oidc(): OidcClient {
    if (!this.client) throw new NotFoundException('OpenID Connect sign-in is not configured.');
    return this.client;
  }
}

function pendingOf(req: Request): OidcPending {
  const raw = req.headers.cookie ? parse(req.headers.cookie)[PENDING_COOKIE] : undefined;
  if (!raw) throw new Error('No sign-in in progress.');
  const pending = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as OidcPending;
  if (!pending.verifier || !pending.state || !pending.nonce) throw new Error('Bad sign-in state.');
  return pending;
}
