import { Injectable, type NestMiddleware } from '@nestjs/common';
import { parse } from 'cookie';
import type { NextFunction, Request, Response } from 'express';
import { runInRequestContext, setPrincipal } from './request-context';
import { SESSION_COOKIE } from './session-token';
import { SessionsService } from './sessions.service';

/** What a session is looked up for: GraphQL and the REST routes. */
const API_PATH = /^\/(graphql|api)([/?]|$)/;

/**
 * Opens the request context and fills in who is signed in, before any guard or resolver
 * runs. It sits after the body parser, so everything downstream runs inside the context.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  use(req: Request, _res: Response, next: NextFunction): void {
    // The web app's files need no session: no store read for each script and image.
    // originalUrl: inside a mounted middleware, req.path is relative to the mount.
    if (!API_PATH.test(req.originalUrl)) return next();
    runInRequestContext(req.ip ?? null, () => {
      this.sessions
        .resolve(sessionToken(req))
        .then((principal) => {
          setPrincipal(principal);
          next();
        })
        .catch(next);
    });
  }
}

export function sessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parse(header)[SESSION_COOKIE] : undefined;
}
