import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { LessThan, type EntityManager, type Repository } from 'typeorm';
import type { SessionEndReason } from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { SocketRevocation } from '../core/realtime/socket-revocation';
import { SessionEntity } from './session.entity';
import { UserEntity } from '../users/user.entity';

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
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
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
    const repo = manager ? manager.getRepository(SessionEntity) : this.sessions;
    await repo.insert({
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
    // One primary-key lookup joined with its user (findOne with a relation costs two queries).
    const [row] = await this.sessions.query(
      `SELECT s.last_seen_at AS "__last_seen_at", s.expires_at AS "__expires_at", u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
      [hash],
    );
    if (!row || row.pseudonymised_at || row.blocked_at) return undefined;
    const now = Date.now();
    if (new Date(row.__expires_at).getTime() <= now) {
      await this.sessions.delete({ tokenHash: hash });
      return undefined;
    }
    if (now - new Date(row.__last_seen_at).getTime() > TOUCH_EVERY_MS) {
      await this.sessions.update({ tokenHash: hash }, { lastSeenAt: new Date(now), expiresAt: new Date(now + this.ttlMs) });
    }
    return { user: this.toUser(row), hash };
  }

  /** A users row as the entity TypeORM would have loaded. */
  private toUser(row: Record<string, unknown>): UserEntity {
    const metadata = this.sessions.manager.connection.getMetadata(UserEntity);
    const driver = this.sessions.manager.connection.driver;
    const user = metadata.create() as UserEntity;
    for (const column of metadata.columns) column.setEntityValue(user, driver.prepareHydratedValue(row[column.databaseName], column));
    return user;
  }

  /** Ends one session (sign out) and disconnects its sockets on every API process. */
  async close(hash: string, reason: SessionEndReason = 'logout') {
    await this.sessions.delete({ tokenHash: hash });
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
    const rows: { token_hash: string }[] = await this.sessions.query(
      `SELECT token_hash FROM sessions WHERE token_hash = ANY($1) AND expires_at > now()`,
      [hashes],
    );
    return new Set(rows.map((r) => r.token_hash));
  }

  /** Signs the user out everywhere except, optionally, the current session. */
  async closeAllFor(userId: string, keepHash?: string, manager?: EntityManager) {
    const repo = manager ? manager.getRepository(SessionEntity) : this.sessions;
    const qb = repo.createQueryBuilder().delete().where('user_id = :userId', { userId });
    if (keepHash) qb.andWhere('token_hash <> :keepHash', { keepHash });
    await qb.execute();
  }

  listFor(userId: string) {
    return this.sessions.find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  purgeExpired() {
    return this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}
