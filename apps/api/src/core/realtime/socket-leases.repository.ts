import type { EntityManager } from 'typeorm';

/**
 * Takes place $2 for user $1 held by process $3 for $4 seconds, only while fewer than $5 live places
 * are held (their expired ones deleted first): one statement, run under the person's lock.
 */
export const TAKE_PLACE_SQL = `WITH expired AS (
           DELETE FROM socket_leases WHERE user_id = $1 AND expires_at <= clock_timestamp() RETURNING id
         ), live AS (
           SELECT count(*)::int AS n FROM socket_leases
            WHERE user_id = $1 AND expires_at > clock_timestamp()
         )
         INSERT INTO socket_leases (id, user_id, process_id, expires_at)
         SELECT $2, $1, $3, clock_timestamp() + make_interval(secs => $4) FROM live WHERE n < $5
         RETURNING id`;

/** A place to take: the lease's id, its person and process, how long it lasts and how many places a person has. */
export interface PlaceRequest {
  id: string;
  userId: string;
  processId: string;
  seconds: number;
  places: number;
}

/** The socket places' SQL (socket_leases). */
export class SocketLeasesRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Takes the person's lock for the rest of the transaction. */
  async lock(userId: string): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [`sockets:${userId}`]);
  }

  /** Answers whether the place was taken. */
  async take(p: PlaceRequest): Promise<boolean> {
    const taken: { id: string }[] = await this.manager.query(TAKE_PLACE_SQL, [p.userId, p.id, p.processId, p.seconds, p.places]);
    return taken.length > 0;
  }

  async release(leaseId: string): Promise<void> {
    await this.manager.query(`DELETE FROM socket_leases WHERE id = $1`, [leaseId]);
  }

  /** Extends (or takes again) the given leases of a process (a deleted person's are dropped). */
  async renew(held: { leaseId: string; userId: string }[], processId: string, seconds: number): Promise<void> {
    await this.manager.query(
      `INSERT INTO socket_leases (id, user_id, process_id, expires_at)
         SELECT l.id, l.user_id, $3, clock_timestamp() + make_interval(secs => $4)
           FROM unnest($1::uuid[], $2::uuid[]) AS l(id, user_id)
           JOIN users u ON u.id = l.user_id
         ON CONFLICT (id) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
      [held.map((h) => h.leaseId), held.map((h) => h.userId), processId, seconds],
    );
  }

  async removeExpired(): Promise<void> {
    await this.manager.query(`DELETE FROM socket_leases WHERE expires_at <= clock_timestamp()`);
  }

  async releaseProcess(processId: string): Promise<void> {
    await this.manager.query(`DELETE FROM socket_leases WHERE process_id = $1`, [processId]);
  }
}
