import { Controller, Header, Inject, Req } from '@nestjs/common';
import { Route } from '../http/route';
import { METRICS_ROUTES } from '@polyphony/contracts';
import { timingSafeEqual } from 'node:crypto';
import { ENV, type Env } from '../config/env';
import { AppError } from '../errors/app-error';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'polyphony_' });

const duration = new Histogram({
  name: 'polyphony_http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const socketConnections = new Counter({
  name: 'polyphony_socket_connections_total',
  help: 'socket.io connections accepted',
  registers: [registry],
});

/** Times every request; the route label is Nest's route pattern, so ids do not explode cardinality. */
export function httpMetrics(req: Request, res: Response, next: NextFunction) {
  const end = duration.startTimer();
  res.on('finish', () => {
    const route = (req.route?.path as string | undefined) ?? (req.path.startsWith('/api') ? 'unmatched' : 'static');
    end({ method: req.method, route, status: String(res.statusCode) });
  });
  next();
}

@ApiExcludeController()
@Controller()
export class MetricsController {
  constructor(@Inject(ENV) private readonly env: Env) {}

  /** With METRICS_TOKEN, only `Authorization: Bearer <token>`; without one, not at all in production. */
  @Route(METRICS_ROUTES.metrics)
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  metrics(@Req() req: Request) {
    const expected = this.env.METRICS_TOKEN;
    if (!expected) {
      if (this.env.NODE_ENV === 'production') throw AppError.notFound();
      return registry.metrics();
    }
    const given = Buffer.from(String(req.headers.authorization ?? ''));
    const wanted = Buffer.from(`Bearer ${expected}`);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw AppError.unauthenticated();
    return registry.metrics();
  }
}
