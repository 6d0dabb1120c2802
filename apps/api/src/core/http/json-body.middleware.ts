import { Injectable, type NestMiddleware } from '@nestjs/common';
import { json, type NextFunction, type Request, type Response } from 'express';
import { AppError } from '../errors/app-error';
import { assertNoNulBytes } from './input-guard';

const parse = json({ limit: '1mb', strict: true });
const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);

/**
 * JSON bodies up to 1 MB, parsed inside Nest so that malformed or oversized bodies
 * reach the error filter (and get the one error shape) like any other failure. It is the first
 * middleware of every route, so the edge checks of input-guard run here too.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  async use(req: Request, res: Response, next: NextFunction) {
    const length = Number(req.headers['content-length'] ?? 0);
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (!BODYLESS.has(req.method) && (length > 0 || chunked) && !req.is('application/json')) {
      throw new AppError('unsupported_media_type');
    }
    // A rejected promise (not next(err)) is what routes the failure to Nest's error filter.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- body-parser passes http-errors instances, kept as they are for the filter
    await new Promise<void>((resolve, reject) => parse(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
    assertNoNulBytes(req);
    next();
  }
}
