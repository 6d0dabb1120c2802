import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AppError } from '../core/errors/app-error';
import { RateLimitHitEntity } from './rate-limit-hit.entity';

/**
 * Sliding-window counters in PostgreSQL, shared by every API replica.
 * `assertUnder` refuses once `limit` hits are in the window; `record` adds one.
 */
@Injectable()
export class RateLimitService {
  constructor(@InjectRepository(RateLimitHitEntity) private readonly hits: Repository<RateLimitHitEntity>) {}

  async assertUnder(bucket: string, limit: number, windowSeconds: number): Promise<void> {
    const rows: { count: string; oldest: Date | null }[] = await this.hits.query(
      `SELECT count(*) AS count, min(created_at) AS oldest FROM rate_limit_hits
       WHERE bucket = $1 AND created_at > now() - make_interval(secs => $2)`,
      [bucket, windowSeconds],
    );
    const { count, oldest } = rows[0];
    if (Number(count) >= limit) {
      const retry = oldest ? Math.ceil((new Date(oldest).getTime() + windowSeconds * 1000 - Date.now()) / 1000) : windowSeconds;
      throw AppError.rateLimited(Math.max(1, retry));
    }
  }

  async record(bucket: string): Promise<void> {
    await this.hits.insert({ bucket });
    if (Math.random() < 0.01) await this.hits.query(`DELETE FROM rate_limit_hits WHERE created_at < now() - interval '1 day'`);
  }

  async clear(bucket: string): Promise<void> {
    await this.hits.delete({ bucket });
  }

  /** Counts and records in one step (for actions limited whatever their outcome). */
  async consume(bucket: string, limit: number, windowSeconds: number): Promise<void> {
    await this.assertUnder(bucket, limit, windowSeconds);
    await this.record(bucket);
  }
}
