import type { CookieOptions, Request, Response } from 'express';
import { SESSION_COOKIE } from './session-token';

/**
 * httpOnly: no script reads it. SameSite=Lax: a cross-site form cannot post with it, while a
 * bookmarked export link still opens signed in. Secure over HTTPS (or when configured).
 */
function options(req: Request, secure: boolean): CookieOptions {
  const https = req.secure || req.headers['x-forwarded-proto'] === 'https';
  return { httpOnly: true, sameSite: 'lax', secure: secure || https, path: '/' };
}

export function setSessionCookie(
  req: Request,
  res: Response,
  token: string,
  maxAgeMs: number,
  secure = false,
): void {
  res.cookie(SESSION_COOKIE, token, { ...options(req, secure), maxAge: maxAgeMs });
}

export function clearSessionCookie(req: Request, res: Response, secure = false): void {
  res.clearCookie(SESSION_COOKIE, options(req, secure));
}
