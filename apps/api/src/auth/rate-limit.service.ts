import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../core/errors/app-error';

interface Verdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * The one rate limiter: sliding-window counters in PostgreSQL, shared by every API replica.
 * Counting and deciding are one atomic step: a transaction-scoped advisory lock on the bucket
 * serialises its attempts (across processes), then one statement counts the window and records
 * the hit only when under the limit. N parallel attempts therefore never exceed the limit.
 */
@Injectable()
export class RateLimitService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Takes the bucket's lock for the rest of the transaction (for limits counted in a feature's own table). */
  static lock(manager: EntityManager, bucket: string): Promise<unknown> {
    return manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [bucket]);
  }

  /** Counts and records one attempt atomically; refuses (429 with Retry-After) once `limit` are in the window. */
  async consume(bucket: string, limit: number, windowSeconds: number, error = AppError.rateLimited): Promise<void> {
    const verdict = await this.take(bucket, limit, windowSeconds);
    if (!verdict.allowed) throw error(verdict.retryAfterSeconds);
  }

  /** Like consume, answering instead of throwing. */
  take(bucket: string, limit: number, windowSeconds: number): Promise<Verdict> {
    return this.db.transaction(async (manager) => {
      await RateLimitService.lock(manager, bucket);
      const [row]: { n: number; oldest: Date | null; recorded: number }[] = await manager.query(
        `WITH recent AS (
           SELECT count(*)::int AS n, min(created_at) AS oldest FROM rate_limit_hits
            WHERE bucket = $1 AND created_at > clock_timestamp() - make_interval(secs => $2)
         ), hit AS (
           INSERT INTO rate_limit_hits (bucket, created_at) SELECT $1, clock_timestamp() FROM recent WHERE n < $3 RETURNING 1
         )
         SELECT n, oldest, (SELECT count(*) FROM hit)::int AS recorded FROM recent`,
        [bucket, windowSeconds, limit],
      );
      if (Math.random() < 0.01) await manager.query(`DELETE FROM rate_limit_hits WHERE created_at < now() - interval '1 day'`);
      if (row.recorded) return { allowed: true, retryAfterSeconds: 0 };
      const retry = row.oldest ? Math.ceil((new Date(row.oldest).getTime() + windowSeconds * 1000 - Date.now()) / 1000) : windowSeconds;
      return { allowed: false, retryAfterSeconds: Math.max(1, retry) };
    });
  }

  /** How many attempts the bucket holds in the window (read only). */
  async count(bucket: string, windowSeconds: number): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM rate_limit_hits WHERE bucket = $1 AND created_at > clock_timestamp() - make_interval(secs => $2)`,
      [bucket, windowSeconds],
    );
    return row.n;
  }

  async clear(bucket: string): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_hits WHERE bucket = $1`, [bucket]);
  }
}
