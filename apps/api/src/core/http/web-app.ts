import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Env } from '../config/env';

const STATIC_FILE = /\.(m?js|css|map|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|json|txt|webmanifest)$/i;

/** Serves the built web app (apps/web/dist) on the API's port, with index.html for client routes. */
export function serveWebApp(app: NestExpressApplication, env: Env) {
  const dist = resolve(env.WEB_DIST ?? join(__dirname, '../../../../web/dist'));
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dist, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) => path.includes('/assets/') && res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Client routes get the page; a missing file (an old /assets/*.js, /favicon.png) is a 404, not HTML.
    if (req.method !== 'GET' || req.path.startsWith('/api') || STATIC_FILE.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
