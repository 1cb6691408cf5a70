import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/app-config';
import { graphiqlEnabled } from './graphql-hardening';
import { JSON_BODY_LIMIT_BYTES } from './security-limits';

/**
 * The HTTP side of the hardening, applied before Nest registers its routes: security
 * headers (helmet), CORS for configured origins only, a JSON body limit with a clear answer.
 */
export function hardenHttp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // A reverse proxy on the same machine passes the client's address in X-Forwarded-For;
  // trusting it from loopback only lets the rate limit count clients, not the proxy, and
  // keeps a remote client from choosing its own address.
  app.set('trust proxy', 'loopback');

  const headers = helmet({
    contentSecurityPolicy: {
      directives: {
        // Cytoscape adds a <style> element; inline styles cannot run code.
        'style-src': ["'self'", "'unsafe-inline'"],
        // Verkosto often runs on plain http inside an organisation's network, where
        // upgrading every request to https would break the app.
        'upgrade-insecure-requests': null,
      },
    },
  });
  // GraphiQL (development only) loads React and itself from unpkg.com with an inline script.
  const devPage = helmet({ contentSecurityPolicy: false });
  const graphiql = graphiqlEnabled(config);
  app.use((req: Request, res: Response, next: NextFunction) =>
    graphiql && req.path === '/graphql' ? devPage(req, res, next) : headers(req, res, next),
  );

  // The web app is served from the API's own origin and needs no CORS. Other origins get
  // the headers only when listed; credentials stay off until there are sessions to send.
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
      maxAge: 600,
    });
  }

  app.useBodyParser('json', { limit: JSON_BODY_LIMIT_BYTES });
  app.use(answerBodyErrors);
}

/**
 * body-parser's refusals, answered in the shape the endpoint speaks (GraphQL errors on
 * /graphql, { error, message } elsewhere) instead of a bare string or an HTML page.
 */
function answerBodyErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: unknown } | null)?.type;
  const refusal =
    type === 'entity.too.large'
      ? {
          status: 413,
          code: 'PAYLOAD_TOO_LARGE',
          message: `The request body is larger than the limit of ${JSON_BODY_LIMIT_BYTES / 1024} KiB.`,
        }
      : type === 'entity.parse.failed'
        ? { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' }
        : null;
  if (!refusal) return next(error);
  res.status(refusal.status);
  if (req.path === '/graphql') {
    res.json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
  } else {
    res.json({ error: refusal.code, message: refusal.message });
  }
}
