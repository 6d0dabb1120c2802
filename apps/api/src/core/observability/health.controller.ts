import { Controller, Inject, Optional, Res } from '@nestjs/common';
import { Route } from '../http/route';
import { HEALTH_ROUTES } from '@polyphony/contracts';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Health } from '@polyphony/contracts';
import { REDIS } from '../realtime/redis.provider';
import { TranslationService } from '../../translation/translation.service';

const VERSION = process.env.npm_package_version ?? '0.1.0';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Optional() @Inject(REDIS) private readonly redis?: Redis | null,
    @Optional() private readonly translation?: TranslationService,
  ) {}

  @Route(HEALTH_ROUTES.health)
  @ApiOperation({ summary: 'Database, Redis and machine translation status (503 when the database is down)' })
  async health(@Res({ passthrough: true }) res: Response): Promise<Health> {
    const timeout = <T>(p: Promise<T>) =>
      Promise.race([p, new Promise<never>((_, no) => setTimeout(() => no(new Error('timeout')), 2000))]);
    const database = await timeout(this.db.query('SELECT 1')).then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const redis = !this.redis
      ? 'not_configured'
      : await timeout(this.redis.ping()).then(
          () => 'up' as const,
          () => 'down' as const,
        );
    const status = database === 'up' && redis !== 'down' ? 'ok' : 'degraded';
    res.status(database === 'up' ? 200 : 503).setHeader('Cache-Control', 'no-store');
    // Machine translation being off is reported, not a degraded status: the platform works without it.
    const translation = await this.translation?.health().catch(() => undefined);
    return {
      status,
      database,
      redis,
      version: VERSION,
      uptimeSeconds: Math.round(process.uptime()),
      ...(translation ? { translation } : {}),
    };
  }
}
