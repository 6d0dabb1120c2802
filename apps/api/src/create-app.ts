import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import type { Env } from './core/config/env';
import { requestId } from './core/http/request-id.middleware';
import { fromThisSite } from './core/auth/origin';
import { httpMetrics } from './core/observability/metrics';
import { setupOpenApi } from './core/observability/openapi';
import { PolyphonySocketAdapter } from './core/realtime/socket-io.adapter';
import { serveWebApp } from './core/http/web-app';
import { AppModule } from './app.module';

/** Builds the whole application on an initialised, migrated DataSource (used by main and the tests). */
export async function createApp(env: Env, dataSource: DataSource): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env, dataSource), { bodyParser: false, bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', env.TRUST_PROXY ? 1 : false);
  app.disable('x-powered-by');
  app.use(requestId, httpMetrics, cookieParser());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.setGlobalPrefix('api');
  app.useWebSocketAdapter(new PolyphonySocketAdapter(app, env.REDIS_URL, (headers) => fromThisSite(headers, env)));
  setupOpenApi(app, env);
  serveWebApp(app, env);
  await app.init();
  return app;
}
