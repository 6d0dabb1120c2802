import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Env } from '../config/env';

/** Hashed build output: the name changes with the content, so browsers keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface StaticFile {
  path: string;
  br: boolean;
  gzip: boolean;
}

/** Every file of the build (relative URL path -> file), with the precompressed variants the build wrote beside it. */
function listFiles(dist: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.br') && !name.endsWith('.gz')) {
        files.set('/' + relative(dist, path).split(sep).join('/'), { path, br: existsSync(`${path}.br`), gzip: existsSync(`${path}.gz`) });
      }
    }
  };
  walk(dist);
  return files;
}

/** The best encoding the client accepts among those precompressed ("q=0" refuses one). */
export function pickEncoding(acceptEncoding: string | undefined, file: Pick<StaticFile, 'br' | 'gzip'>): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0+)?$/.test(q.trim()))
      .map(([name]) => name),
  );
  if (file.br && accepted.has('br')) return 'br';
  if (file.gzip && accepted.has('gzip')) return 'gzip';
  return null;
}

function send(req: Request, res: Response, next: NextFunction, file: StaticFile, cacheControl: string) {
  const encoding = pickEncoding(req.headers['accept-encoding'], file);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', cacheControl);
  // The type of the original file, whatever the variant sent.
  res.type(file.path.slice(file.path.lastIndexOf('.')));
  if (encoding) res.setHeader('Content-Encoding', encoding);
  const path = encoding === 'br' ? `${file.path}.br` : encoding === 'gzip' ? `${file.path}.gz` : file.path;
  res.sendFile(
    path,
    { cacheControl: false, acceptRanges: !encoding, dotfiles: 'deny' },
    (error) => error && !res.headersSent && next(error),
  );
}

/**
 * Serves the built web app (apps/web/dist) on the API's port: brotli or gzip variants written at
 * build time when the browser accepts them, hashed assets cached for a year, index.html for client
 * routes (revalidated on each visit). An unknown file under /assets answers 404, never the HTML page
 * (a stale tab asking for an old chunk must fail loudly, not parse HTML as JavaScript).
 */
export function serveWebApp(app: NestExpressApplication, env: Env) {
  const dist = resolve(env.WEB_DIST ?? join(__dirname, '../../../../web/dist'));
  if (!existsSync(join(dist, 'index.html'))) return;
  let files = listFiles(dist);
  let index = files.get('/index.html')!;
  /** An asset the list does not know: the app may have been rebuilt while running (development). Listed again, at most once a second. */
  let listedAt = Date.now();
  const lookUp = (path: string) => {
    if (files.has(path) || !path.startsWith('/assets/') || Date.now() - listedAt < 1000) return files.get(path);
    files = listFiles(dist);
    index = files.get('/index.html') ?? index;
    listedAt = Date.now();
    return files.get(path);
  };
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
    const file = req.path === '/' ? undefined : lookUp(req.path);
    if (file && file !== index) return send(req, res, next, file, req.path.startsWith('/assets/') ? IMMUTABLE : 'public, max-age=3600');
    if (req.path.startsWith('/assets/')) return res.status(404).type('text/plain').send('Not found');
    if (!req.accepts('html')) return next();
    send(req, res, next, index, 'no-cache');
  });
}
