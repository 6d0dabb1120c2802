import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type {
  UpdateOrganisationRequest,
  createOrganisationRequestSchema,
  membershipDecisionSchema,
  organisationListQuerySchema,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { RateLimitService } from '../auth/rate-limit.service';
import { SocketRevocation } from '../core/realtime/socket-revocation';
import { decodeCursor, prefixQuery, toPage } from '../core/http/cursor';
import type { UserEntity } from '../users/user.entity';
import { OrganisationEntity } from './organisation.entity';
import { toMembership, toOrganisation } from './organisation.mapper';
import { OrganisationsPolicy } from './organisations.policy';
import { OrganisationsRepository } from './organisations.repository';
import { isUuid } from '../core/http/params';
import { uniqueSlug } from '../core/text/slug';
import type { Parsed } from '../core/errors/zod-validation';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly limits: RateLimitService,
    private readonly revocation: SocketRevocation,
  ) {}

  private get repo() {
    return new OrganisationsRepository(this.db.manager);
  }

  /** Alphabetical keyset pages; counts and the viewer's memberships in two extra queries, not per row. */
  async list(query: Parsed<typeof organisationListQuerySchema>, viewer?: UserEntity) {
    const rows = await this.repo.page({
      category: query.category,
      country: query.country,
      tsq: prefixQuery(query.q),
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (o) => [o.name, o.id]);
    const ids = page.items.map((o) => o.id);
    const [counts, mine] = await Promise.all([this.repo.memberCounts(ids), viewer ? this.repo.membershipsOf(viewer.id, ids) : new Map()]);
    return { items: page.items.map((o) => toOrganisation(o, counts.get(o.id) ?? 0, mine.get(o.id) ?? null)), nextCursor: page.nextCursor };
  }

  async get(idOrSlug: string, viewer?: UserEntity) {
    const org = await this.find(idOrSlug);
    const [counts, mine] = await Promise.all([
      this.repo.memberCounts([org.id]),
      viewer ? this.repo.membershipsOf(viewer.id, [org.id]) : new Map(),
    ]);
    return toOrganisation(org, counts.get(org.id) ?? 0, mine.get(org.id) ?? null);
  }

  async create(actor: UserEntity, input: Parsed<typeof createOrganisationRequestSchema>) {
    await this.limits.consume(`organisations:create:${actor.id}`, 20, 3600);
    const org = await this.db.transaction(async (manager) => {
      const repo = new OrganisationsRepository(manager);
      const saved = await repo.insert({
        name: input.name,
        slug: await uniqueSlug(manager, OrganisationEntity, input.name, 'organisation'),
        category: input.category,
        country: input.country,
        city: input.city ?? null,
        website: input.website ?? null,
        description: input.description,
        descriptionLanguage: input.descriptionLanguage ?? actor.preferredLanguage,
        createdById: actor.id,
      });
      await repo.insertMembership({
        organisationId: saved.id,
        userId: actor.id,
        role: 'admin',
        status: 'active',
        decidedAt: new Date(),
        decidedById: actor.id,
      });
      return saved;
    });
    return this.get(org.id, actor);
  }

  async update(actor: UserEntity, id: string, input: UpdateOrganisationRequest) {
    const org = await this.find(id);
    await this.assertCanManage(actor, org.id);
    await this.repo.update(org.id, input as Partial<OrganisationEntity>);
    return this.get(org.id, actor);
  }

  async requestToJoin(actor: UserEntity, id: string, message?: string) {
    await this.limits.consume(`organisations:join:${actor.id}`, 30, 3600);
    const org = await this.find(id);
    const existing = await this.repo.membership(org.id, actor.id);
    if (existing?.status === 'active') throw AppError.conflict('organisations.already_member');
    if (existing?.status === 'pending') throw AppError.conflict('organisations.request_pending');
    // A refused request may be made again: it becomes pending anew.
    const saved = await this.repo.upsertMembership({
      organisationId: org.id,
      userId: actor.id,
      role: 'member',
      status: 'pending',
      message: message ?? null,
      decidedAt: null,
      decidedById: null,
    });
    return toMembership(saved, true);
  }

  async listMembers(id: string, viewer?: UserEntity) {
    const org = await this.find(id);
    const mine = viewer ? await this.repo.membership(org.id, viewer.id) : null;
    const seeRequests = OrganisationsPolicy.canSeeRequests(viewer, mine);
    const rows = await this.repo.listMembers(org.id, seeRequests ? ['active', 'pending'] : ['active'], 500);
    return rows.map((m) => toMembership(m, seeRequests));
  }

  async decide(actor: UserEntity, id: string, userId: string, input: Parsed<typeof membershipDecisionSchema>) {
    const org = await this.find(id);
    await this.assertCanManage(actor, org.id);
    const membership = await this.repo.membershipWithUser(org.id, userId);
    if (!membership) throw AppError.notFound();
    if (input.decision === 'refuse' && membership.status === 'active' && membership.role === 'admin')
      await this.assertNotLastAdmin(org.id, userId);
    const wasActive = membership.status === 'active';
    Object.assign(membership, {
      status: input.decision === 'accept' ? 'active' : 'refused',
      role: input.decision === 'accept' ? input.role : membership.role,
      decidedAt: new Date(),
      decidedById: actor.id,
    });
    await this.repo.saveMembership(membership);
    // Refusing a member takes away the rooms the organisation is invited to, on their open sockets.
    if (wasActive && input.decision === 'refuse') await this.revocation.rightsChanged(userId);
    return toMembership(membership, true);
  }

  /** Leave (oneself) or remove (organisation admins); never the last admin. */
  async removeMember(actor: UserEntity, id: string, userId: string) {
    const org = await this.find(id);
    if (actor.id !== userId) await this.assertCanManage(actor, org.id);
    const membership = await this.repo.membership(org.id, userId);
    if (!membership) throw AppError.notFound();
    if (membership.role === 'admin' && membership.status === 'active') await this.assertNotLastAdmin(org.id, userId);
    await this.repo.removeMembership(membership.id);
    // Rooms the organisation is invited to are re-checked on the person's open sockets.
    await this.revocation.rightsChanged(userId);
  }

  async listForUser(userId: string) {
    const rows = await this.repo.membershipsOfUser(userId);
    return rows
      .filter((m) => m.organisation)
      .map((m) => ({
        id: m.organisation!.id,
        name: m.organisation!.name,
        slug: m.organisation!.slug,
        category: m.organisation!.category,
        role: m.role,
        status: m.status,
      }));
  }

  /** For features that let a member speak for an organisation (endorse, co-sign...). */
  async assertCanActFor(actor: UserEntity, organisationId: string): Promise<void> {
    const membership = await this.repo.membership(organisationId, actor.id);
    if (!OrganisationsPolicy.canActFor(actor, membership)) throw AppError.forbidden();
  }

  private async assertCanManage(actor: UserEntity, organisationId: string) {
    const membership = await this.repo.membership(organisationId, actor.id);
    if (!OrganisationsPolicy.canManage(actor, membership)) throw AppError.forbidden();
  }

  private async assertNotLastAdmin(organisationId: string, leavingUserId: string) {
    const admins = await this.repo.activeAdminCount(organisationId);
    const leaving = await this.repo.membership(organisationId, leavingUserId);
    if (admins <= 1 && leaving?.role === 'admin') throw AppError.conflict('organisations.last_admin');
  }

  private async find(idOrSlug: string): Promise<OrganisationEntity> {
    const org = isUuid(idOrSlug) ? await this.repo.findById(idOrSlug) : await this.repo.findBySlug(idOrSlug.toLowerCase());
    if (!org) throw AppError.notFound();
    return org;
  }
}
