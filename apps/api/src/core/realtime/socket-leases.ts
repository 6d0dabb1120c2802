import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ENV, type Env } from '../config/env';

/**
 * The places of SOCKETS_PER_USER, shared by every API process through PostgreSQL (like the rate
 * limiter): counting and taking a place is one atomic step under a transaction-scoped advisory
 * lock on the person, so N handshakes at once on any mix of processes never exceed the limit.
 * A place is given back when its socket closes; each process renews the leases of its open
 * sockets, so a process killed without closing them frees their places within SOCKET_LEASE_SECONDS.
 */
@Injectable()
export class SocketLeases {
  /** This process, for the leases it holds (a restarted process is a new one). */
  readonly processId = randomUUID();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** How often a process renews its leases: three times per lease. */
  get renewEveryMs(): number {
    return (this.env.SOCKET_LEASE_SECONDS * 1000) / 3;
  }

  /** Takes a place for one more socket of this person: the lease's id, or null when all places are taken. */
  acquire(userId: string): Promise<string | null> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [`sockets:${userId}`]);
      const id = randomUUID();
      const taken: { id: string }[] = await manager.query(
        `WITH expired AS (
           DELETE FROM socket_leases WHERE user_id = $1 AND expires_at <= clock_timestamp() RETURNING id
         ), live AS (
           SELECT count(*)::int AS n FROM socket_leases
            WHERE user_id = $1 AND expires_at > clock_timestamp()
         )
         INSERT INTO socket_leases (id, user_id, process_id, expires_at)
         SELECT $2, $1, $3, clock_timestamp() + make_interval(secs => $4) FROM live WHERE n < $5
         RETURNING id`,
        [userId, id, this.processId, this.env.SOCKET_LEASE_SECONDS, this.env.SOCKETS_PER_USER],
      );
      return taken.length ? id : null;
    });
  }

  async release(leaseId: string): Promise<void> {
    await this.db.query(`DELETE FROM socket_leases WHERE id = $1`, [leaseId]);
  }

  /**
   * Extends the leases of this process's open sockets (put back if the database lost them, e.g. cleared
   * as expired after an outage longer than a lease), and clears everyone's expired leases.
   */
  async renew(held: { leaseId: string; userId: string }[]): Promise<void> {
    if (held.length)
      await this.db.query(
        `INSERT INTO socket_leases (id, user_id, process_id, expires_at)
         SELECT l.id, l.user_id, $3, clock_timestamp() + make_interval(secs => $4)
           FROM unnest($1::uuid[], $2::uuid[]) AS l(id, user_id)
           JOIN users u ON u.id = l.user_id
         ON CONFLICT (id) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
        [held.map((h) => h.leaseId), held.map((h) => h.userId), this.processId, this.env.SOCKET_LEASE_SECONDS],
      );
    await this.db.query(`DELETE FROM socket_leases WHERE expires_at <= clock_timestamp()`);
  }

  /** On shutdown: the places of every socket of this process. */
  async releaseAll(): Promise<void> {
    await this.db.query(`DELETE FROM socket_leases WHERE process_id = $1`, [this.processId]);
  }
}
