import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { SessionEndReason } from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { SocketRevocation } from '../core/realtime/socket-revocation';
import type { UserEntity } from '../users/user.entity';
import { SessionsRepository } from './sessions.repository';

const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Resolves once the transaction of this query runner committed or rolled back (checked every 10 ms, 10 s at most). */
async function afterTransaction(runner: { isTransactionActive: boolean }): Promise<void> {
  for (let waited = 0; runner.isTransactionActive && waited < 10_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionsService implements OnModuleInit, OnModuleDestroy {
  private purgeTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly revocation: SocketRevocation,
  ) {}

  /** Expired sessions are deleted hourly (any replica may do it: the delete is idempotent). */
  onModuleInit() {
    this.purgeTimer = setInterval(() => void this.purgeExpired().catch(() => undefined), 3600_000);
    this.purgeTimer.unref();
  }

  onModuleDestroy() {
    clearInterval(this.purgeTimer);
  }

  get ttlMs() {
    return this.env.SESSION_TTL_DAYS * 24 * 3600 * 1000;
  }

  /** Opens a session and returns the token for the cookie (only its hash is stored). */
  async open(userId: string, meta: { userAgent?: string; ip?: string }, manager?: EntityManager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.repo(manager).insert({
      tokenHash: hashToken(token),
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.ttlMs),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip?.slice(0, 64) ?? null,
    });
    return token;
  }

  /** The user behind a cookie token, sliding the expiry at most every few minutes. */
  resolve(token: string): Promise<{ user: UserEntity; hash: string } | undefined> {
    return this.resolveHash(hashToken(token));
  }

  /** The same, from the stored hash (what a socket keeps of its session). */
  async resolveHash(hash: string): Promise<{ user: UserEntity; hash: string } | undefined> {
    const repo = this.repo();
    const found = await repo.resolve(hash);
    if (!found || found.user.pseudonymisedAt || found.user.blockedAt) return undefined;
    const now = Date.now();
    if (found.expiresAt.getTime() <= now) {
      await repo.remove(hash);
      return undefined;
    }
    if (now - found.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touch(hash, new Date(now), new Date(now + this.ttlMs));
    return { user: found.user, hash };
  }

  private repo(manager: EntityManager = this.db.manager) {
    return new SessionsRepository(manager);
  }

  /** Ends one session (sign out) and disconnects its sockets on every API process. */
  async close(hash: string, reason: SessionEndReason = 'logout') {
    await this.repo().remove(hash);
    await this.revocation.endSessions([hash], reason);
  }

  /**
   * Ends every session of a person (or all but `keepHash`) and disconnects their open sockets on
   * every API process, telling them why (blocking, password reset...). Given the manager of an open
   * transaction, the sessions are deleted in it and the sockets are ended once it has finished
   * (a socket that reconnected in between is caught by the gateway's sweep).
   */
  async endSessionsOf(userId: string, reason: SessionEndReason, manager?: EntityManager, keepHash?: string) {
    await this.closeAllFor(userId, keepHash, manager);
    const runner = manager?.queryRunner;
    if (!runner?.isTransactionActive) return this.revocation.endUser(userId, reason, keepHash);
    void afterTransaction(runner).then(() => this.revocation.endUser(userId, reason, keepHash).catch(() => undefined));
  }

  /** Which of these sessions still exist and have not expired (sockets re-check theirs regularly). */
  async alive(hashes: string[]): Promise<Set<string>> {
    if (!hashes.length) return new Set();
    return this.repo().alive(hashes);
  }

  /** Signs the user out everywhere except, optionally, the current session. */
  async closeAllFor(userId: string, keepHash?: string, manager?: EntityManager) {
    await this.repo(manager).removeAllFor(userId, keepHash);
  }

  listFor(userId: string) {
    return this.repo().listFor(userId);
  }

  purgeExpired() {
    return this.repo().purgeExpired();
  }
}
