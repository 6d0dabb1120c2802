import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ENV, type Env } from '../config/env';
import { SocketLeasesRepository } from './socket-leases.repository';

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
      const repo = new SocketLeasesRepository(manager);
      await repo.lock(userId);
      const id = randomUUID();
      const taken = await repo.take({
        id,
        userId,
        processId: this.processId,
        seconds: this.env.SOCKET_LEASE_SECONDS,
        places: this.env.SOCKETS_PER_USER,
      });
      return taken ? id : null;
    });
  }

  async release(leaseId: string): Promise<void> {
    await this.repo().release(leaseId);
  }

  /**
   * Extends the leases of this process's open sockets (put back if the database lost them, e.g. cleared
   * as expired after an outage longer than a lease), and clears everyone's expired leases.
   */
  async renew(held: { leaseId: string; userId: string }[]): Promise<void> {
    if (held.length) await this.repo().renew(held, this.processId, this.env.SOCKET_LEASE_SECONDS);
    await this.repo().removeExpired();
  }

  /** On shutdown: the places of every socket of this process. */
  async releaseAll(): Promise<void> {
    await this.repo().releaseProcess(this.processId);
  }

  private repo() {
    return new SocketLeasesRepository(this.db.manager);
  }
}
