import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PersonalDataExport, Role, UpdateProfileRequest, userListQuerySchema } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { verifyPassword } from '../auth/passwords';
import { RateLimitService } from '../auth/rate-limit.service';
import { SocketRevocation } from '../core/realtime/socket-revocation';
import { SessionsService } from '../auth/sessions.service';
import { AuditService } from '../audit/audit.service';
import type { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import type { Parsed } from '../core/errors/zod-validation';

/** The columns a profile change writes (an origin territory only for diaspora members). */
export function profilePatch(user: UserEntity, input: UpdateProfileRequest): Partial<UserEntity> {
  const next = { ...input } as Partial<UserEntity>;
  if ((input.category ?? user.category) !== 'diaspora') next.originTerritory = null;
  return next;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly limits: RateLimitService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly revocation: SocketRevocation,
  ) {}

  private get users() {
    return new UsersRepository(this.db.manager);
  }

  async updateProfile(user: UserEntity, input: UpdateProfileRequest): Promise<UserEntity> {
    await this.users.update(user.id, profilePatch(user, input));
    // Rooms invited by the old category are re-checked on the person's open sockets.
    if ((input.category ?? user.category) !== user.category) await this.revocation.rightsChanged(user.id);
    return this.users.getById(user.id);
  }

  async list(query: Parsed<typeof userListQuerySchema>) {
    const rows = await this.users.page({
      role: query.role,
      category: query.category,
      q: query.q,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    return toPage(rows, query.limit, (u) => [u.createdAt.toISOString(), u.id]);
  }

  /** A new platform role, recorded in the audit log with the previous one. */
  async setRole(actor: UserEntity, targetId: string, role: Role): Promise<UserEntity> {
    const changed = await this.db.transaction(async (manager) => {
      const users = new UsersRepository(manager);
      const target = await users.lock(targetId);
      if (!target || target.pseudonymisedAt) throw AppError.notFound();
      if (target.role === role) return target;
      await users.update(targetId, { role });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'user.role_changed',
        targetUserId: targetId,
        details: { from: target.role, to: role },
      });
      return { ...target, role } as UserEntity;
    });
    // Rooms the person entered under the old role are re-checked on their open sockets.
    await this.revocation.rightsChanged(targetId);
    return changed;
  }

  /** Blocks a person: every session ends at once, sign-in is refused, the reason is logged. */
  async block(actor: UserEntity, targetId: string, reason: string): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      const users = new UsersRepository(manager);
      const target = await users.lock(targetId);
      if (!target || target.pseudonymisedAt) throw AppError.notFound();
      const blockedAt = target.blockedAt ?? new Date();
      await users.update(targetId, { blockedAt, blockedReason: reason });
      await this.sessions.endSessionsOf(targetId, 'blocked', manager);
      await this.audit.record(manager, { actorId: actor.id, action: 'user.blocked', targetUserId: targetId, details: { reason } });
      return { ...target, blockedAt, blockedReason: reason } as UserEntity;
    });
  }

  async unblock(actor: UserEntity, targetId: string): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      const users = new UsersRepository(manager);
      const target = await users.findById(targetId);
      if (!target || target.pseudonymisedAt) throw AppError.notFound();
      if (!target.blockedAt) return target;
      await users.update(targetId, { blockedAt: null, blockedReason: null });
      await this.audit.record(manager, { actorId: actor.id, action: 'user.unblocked', targetUserId: targetId });
      return { ...target, blockedAt: null, blockedReason: null } as UserEntity;
    });
  }

  /** Everything held about the person, as they would want to take it away. */
  async export(userId: string): Promise<PersonalDataExport> {
    const user = await this.users.getById(userId);
    const [memberships, sessions] = await Promise.all([this.users.membershipsOf(userId), this.users.sessionsOf(userId)]);
    const { passwordHash: _secret, ...profile } = user;
    return {
      exportedAt: new Date().toISOString(),
      profile: { ...profile, hasPassword: Boolean(user.passwordHash) },
      memberships: memberships.map((m) => ({
        organisation: m.organisation ? { id: m.organisation.id, name: m.organisation.name, category: m.organisation.category } : null,
        role: m.role,
        status: m.status,
        message: m.message,
        requestedAt: m.createdAt,
        decidedAt: m.decidedAt,
      })),
      sessions: sessions.map((s) => ({
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        userAgent: s.userAgent,
        ip: s.ip,
      })),
    };
  }

  /**
   * Deletes the account: personal data is erased, the row stays under a pseudonym so
   * that contributions keep their author category and country but no identity.
   */
  async deleteAccount(user: UserEntity, password: string): Promise<void> {
    // The same budget as changing the password: a stolen session cannot guess the password without end.
    await this.limits.consume(`password:user:${user.id}`, 10, 3600);
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw new AppError('auth.wrong_password', { fields: [{ path: 'password', code: 'invalid' }] });
    }
    const code = randomBytes(3).toString('hex').toUpperCase();
    await this.db.transaction((manager) => new UsersRepository(manager).pseudonymise(user.id, `#${code}`));
    await this.revocation.endUser(user.id, 'account_deleted');
  }
}
