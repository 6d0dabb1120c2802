import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../core/errors/app-error';
import { RateLimitRepository } from './rate-limit.repository';

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
  static lock(manager: EntityManager, bucket: string): Promise<void> {
    return new RateLimitRepository(manager).lock(bucket);
  }

  /** Counts and records one attempt atomically; refuses (429 with Retry-After) once `limit` are in the window. */
  async consume(bucket: string, limit: number, windowSeconds: number, error = AppError.rateLimited): Promise<void> {
    const verdict = await this.take(bucket, limit, windowSeconds);
    if (!verdict.allowed) throw error(verdict.retryAfterSeconds);
  }

  /** Like consume, answering instead of throwing. */
  take(bucket: string, limit: number, windowSeconds: number): Promise<Verdict> {
    return this.db.transaction(async (manager) => {
      const repo = new RateLimitRepository(manager);
      await repo.lock(bucket);
      const hit = await repo.take(bucket, limit, windowSeconds);
      if (Math.random() < 0.01) await repo.prune();
      if (hit.recorded) return { allowed: true, retryAfterSeconds: 0 };
      const retry = hit.oldest ? Math.ceil((new Date(hit.oldest).getTime() + windowSeconds * 1000 - Date.now()) / 1000) : windowSeconds;
      return { allowed: false, retryAfterSeconds: Math.max(1, retry) };
    });
  }

  /** How many attempts the bucket holds in the window (read only). */
  count(bucket: string, windowSeconds: number): Promise<number> {
    return new RateLimitRepository(this.db.manager).count(bucket, windowSeconds);
  }

  async clear(bucket: string): Promise<void> {
    await new RateLimitRepository(this.db.manager).clear(bucket);
  }
}
