import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { loadConfig, type AppConfig } from './config/app-config';
import { hardenHttp } from './security/http-hardening';
import { openStore } from './store/open-store';

export interface RunningServer {
  app: INestApplication;
  config: AppConfig;
  url: string;
  close(): Promise<void>;
}

const LOG_LEVELS: Record<string, LogLevel[]> = {
  quiet: ['error'],
  info: ['error', 'warn', 'log'],
  debug: ['error', 'warn', 'log', 'debug', 'verbose'],
};

/** Where `npm run build` puts the web app, relative to api/dist. */
const BUILT_WEB = join(__dirname, '..', '..', 'web', 'dist');

/**
 * Opens the store, starts Nest and listens. Used by main.ts and by tests, which pass their
 * own environment (PORT=0 for a random port, a temporary SQLite file).
 */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const config = loadConfig(env);
  if (!config.webDist && existsSync(join(BUILT_WEB, 'index.html'))) config.webDist = BUILT_WEB;
  const store = await openStore(config.store);
  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, store), {
      logger: LOG_LEVELS[env.VERKOSTO_LOG ?? 'info'] ?? LOG_LEVELS.info,
      abortOnError: false,
    });
    hardenHttp(app, config);
    // A region's network is 2.2 MB of JSON at 2,000 actors (gzip: 0.64 MB) and the
    // explorer's code 497 kB (155 kB): on a 20 Mbit/s line that is 0.9 s less before the
    // first frame. No response carries a secret beside text a visitor chooses (the BREACH
    // condition): the session travels in a cookie only.
    app.use(compression());
    await app.listen(config.port, config.host);
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
  return { app, config, url, close: () => app.close() };
}
