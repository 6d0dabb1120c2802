import type { EntityManager } from 'typeorm';
import type { Role, StakeholderCategory } from '@polyphony/contracts';
import { keysetPage } from '../core/database/keyset-page';
import { SessionEntity } from '../auth/session.entity';
import { MembershipEntity } from '../organisations/membership.entity';
import { UserEntity } from './user.entity';

/** A page of the people list (never the pseudonymised), newest first (keyset on created_at, id). */
export interface UserPageQuery {
  role?: Role;
  category?: StakeholderCategory;
  /** A piece of the name or e-mail address, matched literally. */
  q?: string;
  /** The (created_at, id) of the last row already shown. */
  after: (string | number)[] | undefined;
  limit: number;
}

/** All of the users feature's SQL; built on the caller's manager (`new UsersRepository(manager)`). */
export class UsersRepository {
  constructor(private readonly manager: EntityManager) {}

  private get users() {
    return this.manager.getRepository(UserEntity);
  }

  async findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** The person, who must exist (TypeORM's EntityNotFoundError otherwise). */
  async getById(id: string): Promise<UserEntity> {
    return this.users.findOneByOrFail({ id });
  }

  /** The person, locked until the end of the transaction. */
  async lock(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, patch: Partial<UserEntity>): Promise<void> {
    await this.users.update({ id }, patch);
  }

  /** One more row than the limit, to know whether a next page exists. */
  page(filter: UserPageQuery): Promise<UserEntity[]> {
    const qb = this.users.createQueryBuilder('u').where('u.pseudonymised_at IS NULL');
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.category) qb.andWhere('u.category = :category', { category: filter.category });
    if (filter.q) qb.andWhere('(u.display_name ILIKE :q OR u.email ILIKE :q)', { q: `%${filter.q.replace(/[%_\\]/g, '\\$&')}%` });
    return keysetPage(qb, { alias: 'u', column: 'created_at', after: filter.after, limit: filter.limit, direction: 'DESC' }).getMany();
  }

  /** The person's memberships with their organisations, oldest first. */
  async membershipsOf(userId: string): Promise<MembershipEntity[]> {
    return this.manager
      .getRepository(MembershipEntity)
      .find({ where: { userId }, relations: { organisation: true }, order: { createdAt: 'ASC' } });
  }

  /** The person's sessions, oldest first. */
  async sessionsOf(userId: string): Promise<SessionEntity[]> {
    return this.manager.getRepository(SessionEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Erases the person: sessions and memberships go, the row stays under `displayName` with no
   * address, password or origin, as a participant.
   */
  async pseudonymise(userId: string, displayName: string): Promise<void> {
    await this.manager.getRepository(SessionEntity).delete({ userId });
    await this.manager.getRepository(MembershipEntity).delete({ userId });
    await this.users.update(
      { id: userId },
      { email: null, passwordHash: null, displayName, originTerritory: null, role: 'participant', pseudonymisedAt: new Date() },
    );
  }
}
