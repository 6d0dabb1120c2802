import type { EntityManager } from 'typeorm';

/**
 * Counts bucket $1's hits in the last $2 seconds and records one more only when fewer than $3
 * are there: one statement, run under the bucket's lock, so parallel attempts never pass the limit.
 */
export const TAKE_HIT_SQL = `WITH recent AS (
           SELECT count(*)::int AS n, min(created_at) AS oldest FROM rate_limit_hits
            WHERE bucket = $1 AND created_at > clock_timestamp() - make_interval(secs => $2)
         ), hit AS (
           INSERT INTO rate_limit_hits (bucket, created_at) SELECT $1, clock_timestamp() FROM recent WHERE n < $3 RETURNING 1
         )
         SELECT n, oldest, (SELECT count(*) FROM hit)::int AS recorded FROM recent`;

/** What taking a hit found: the window's count before it, its oldest hit, and whether this one was recorded. */
export interface TakenHit {
  count: number;
  oldest: Date | null;
  recorded: boolean;
}

/** The rate limiter's SQL (rate_limit_hits and the buckets' advisory locks). */
export class RateLimitRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Takes the bucket's lock for the rest of the transaction. */
  async lock(bucket: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [bucket]);
  }

  async take(bucket: string, limit: number, windowSeconds: number): Promise<TakenHit> {
    const [row]: { n: number; oldest: Date | null; recorded: number }[] = await this.manager.query(TAKE_HIT_SQL, [
      bucket,
      windowSeconds,
      limit,
    ]);
    return { count: row.n, oldest: row.oldest, recorded: row.recorded > 0 };
  }

  /** Forgets hits older than a day. */
  async prune(): Promise<void> {
    await this.manager.query(`DELETE FROM rate_limit_hits WHERE created_at < now() - interval '1 day'`);
  }

  async count(bucket: string, windowSeconds: number): Promise<number> {
    const [row]: { n: number }[] = await this.manager.query(
      `SELECT count(*)::int AS n FROM rate_limit_hits WHERE bucket = $1 AND created_at > clock_timestamp() - make_interval(secs => $2)`,
      [bucket, windowSeconds],
    );
    return row.n;
  }

  async clear(bucket: string): Promise<void> {
    await this.manager.query(`DELETE FROM rate_limit_hits WHERE bucket = $1`, [bucket]);
  }
}
