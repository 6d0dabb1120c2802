import { LessThan, type EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';
import { UserEntity } from '../users/user.entity';

/** A session to store (its token only as a hash). */
export type NewSession = Pick<SessionEntity, 'tokenHash' | 'userId' | 'lastSeenAt' | 'expiresAt' | 'userAgent' | 'ip'>;

/** A session found by its hash, with its person as the entity TypeORM would have loaded. */
export interface ResolvedSession {
  user: UserEntity;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** The sessions' SQL. */
export class SessionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get sessions() {
    return this.manager.getRepository(SessionEntity);
  }

  async insert(session: NewSession): Promise<void> {
    await this.sessions.insert(session);
  }

  /** One primary-key lookup joined with its user (findOne with a relation costs two queries). */
  async resolve(hash: string): Promise<ResolvedSession | undefined> {
    const [row] = await this.manager.query(
      `SELECT s.last_seen_at AS "__last_seen_at", s.expires_at AS "__expires_at", u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`,
      [hash],
    );
    if (!row) return undefined;
    return { user: this.toUser(row), lastSeenAt: new Date(row.__last_seen_at), expiresAt: new Date(row.__expires_at) };
  }

  /** A users row as the entity TypeORM would have loaded. */
  private toUser(row: Record<string, unknown>): UserEntity {
    const metadata = this.manager.connection.getMetadata(UserEntity);
    const driver = this.manager.connection.driver;
    const user = metadata.create() as UserEntity;
    for (const column of metadata.columns) column.setEntityValue(user, driver.prepareHydratedValue(row[column.databaseName], column));
    return user;
  }

  async touch(hash: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
    await this.sessions.update({ tokenHash: hash }, { lastSeenAt, expiresAt });
  }

  async remove(hash: string): Promise<void> {
    await this.sessions.delete({ tokenHash: hash });
  }

  /** Which of these sessions still exist and have not expired. */
  async alive(hashes: string[]): Promise<Set<string>> {
    const rows: { token_hash: string }[] = await this.manager.query(
      `SELECT token_hash FROM sessions WHERE token_hash = ANY($1) AND expires_at > now()`,
      [hashes],
    );
    return new Set(rows.map((r) => r.token_hash));
  }

  /** Every session of the person, or all but `keepHash`. */
  async removeAllFor(userId: string, keepHash?: string): Promise<void> {
    const qb = this.sessions.createQueryBuilder().delete().where('user_id = :userId', { userId });
    if (keepHash) qb.andWhere('token_hash <> :keepHash', { keepHash });
    await qb.execute();
  }

  listFor(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  purgeExpired() {
    return this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}
