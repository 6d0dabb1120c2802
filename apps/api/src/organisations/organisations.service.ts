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
import { MembershipEntity } from './membership.entity';
import { ORGANISATION_SEARCH_VECTOR, OrganisationEntity } from './organisation.entity';
import { toMembership, toOrganisation } from './organisation.mapper';
import { OrganisationsPolicy } from './organisations.policy';
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

  private get orgs() {
    return this.db.getRepository(OrganisationEntity);
  }
  private get members() {
    return this.db.getRepository(MembershipEntity);
  }

  /** Alphabetical keyset pages; counts and the viewer's memberships in two extra queries, not per row. */
  async list(query: Parsed<typeof organisationListQuerySchema>, viewer?: UserEntity) {
    const qb = this.orgs.createQueryBuilder('o');
    if (query.category) qb.andWhere('o.category = :category', { category: query.category });
    if (query.country) qb.andWhere('o.country = :country', { country: query.country });
    const tsq = prefixQuery(query.q);
    if (tsq) qb.andWhere(`${ORGANISATION_SEARCH_VECTOR} @@ to_tsquery('simple', :tsq)`, { tsq });
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(o.name, o.id) > (:name, :id)', { name: after[0], id: after[1] });
    const rows = await qb
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(rows, query.limit, (o) => [o.name, o.id]);
    const ids = page.items.map((o) => o.id);
    const [counts, mine] = await Promise.all([this.memberCounts(ids), viewer ? this.membershipsOf(viewer.id, ids) : new Map()]);
    return { items: page.items.map((o) => toOrganisation(o, counts.get(o.id) ?? 0, mine.get(o.id) ?? null)), nextCursor: page.nextCursor };
  }

  async get(idOrSlug: string, viewer?: UserEntity) {
    const org = await this.find(idOrSlug);
    const [counts, mine] = await Promise.all([this.memberCounts([org.id]), viewer ? this.membershipsOf(viewer.id, [org.id]) : new Map()]);
    return toOrganisation(org, counts.get(org.id) ?? 0, mine.get(org.id) ?? null);
  }

  async create(actor: UserEntity, input: Parsed<typeof createOrganisationRequestSchema>) {
    await this.limits.consume(`organisations:create:${actor.id}`, 20, 3600);
    const org = await this.db.transaction(async (manager) => {
      const saved = await manager.getRepository(OrganisationEntity).save(
        manager.getRepository(OrganisationEntity).create({
          name: input.name,
          slug: await uniqueSlug(manager, OrganisationEntity, input.name, 'organisation'),
          category: input.category,
          country: input.country,
          city: input.city ?? null,
          website: input.website ?? null,
          description: input.description,
          descriptionLanguage: input.descriptionLanguage ?? actor.preferredLanguage,
          createdById: actor.id,
        }),
      );
      await manager.getRepository(MembershipEntity).insert({
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
    await this.orgs.update({ id: org.id }, input as Partial<OrganisationEntity>);
    return this.get(org.id, actor);
  }

  async requestToJoin(actor: UserEntity, id: string, message?: string) {
    await this.limits.consume(`organisations:join:${actor.id}`, 30, 3600);
    const org = await this.find(id);
    const existing = await this.members.findOneBy({ organisationId: org.id, userId: actor.id });
    if (existing?.status === 'active') throw AppError.conflict('organisations.already_member');
    if (existing?.status === 'pending') throw AppError.conflict('organisations.request_pending');
    // A refused request may be made again: it becomes pending anew.
    await this.members.upsert(
      {
        organisationId: org.id,
        userId: actor.id,
        role: 'member',
        status: 'pending',
        message: message ?? null,
        decidedAt: null,
        decidedById: null,
      },
      ['organisationId', 'userId'],
    );
    const saved = await this.members.findOneOrFail({ where: { organisationId: org.id, userId: actor.id }, relations: { user: true } });
    return toMembership(saved, true);
  }

  async listMembers(id: string, viewer?: UserEntity) {
    const org = await this.find(id);
    const mine = viewer ? await this.members.findOneBy({ organisationId: org.id, userId: viewer.id }) : null;
    const seeRequests = OrganisationsPolicy.canSeeRequests(viewer, mine);
    const rows = await this.members.find({
      where: seeRequests
        ? [
            { organisationId: org.id, status: 'active' },
            { organisationId: org.id, status: 'pending' },
          ]
        : { organisationId: org.id, status: 'active' },
      relations: { user: true },
      order: { createdAt: 'ASC' },
      take: 500,
    });
    return rows.map((m) => toMembership(m, seeRequests));
  }

  async decide(actor: UserEntity, id: string, userId: string, input: Parsed<typeof membershipDecisionSchema>) {
    const org = await this.find(id);
    await this.assertCanManage(actor, org.id);
    const membership = await this.members.findOne({ where: { organisationId: org.id, userId }, relations: { user: true } });
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
    await this.members.save(membership);
    // Refusing a member takes away the rooms the organisation is invited to, on their open sockets.
    if (wasActive && input.decision === 'refuse') await this.revocation.rightsChanged(userId);
    return toMembership(membership, true);
  }

  /** Leave (oneself) or remove (organisation admins); never the last admin. */
  async removeMember(actor: UserEntity, id: string, userId: string) {
    const org = await this.find(id);
    if (actor.id !== userId) await this.assertCanManage(actor, org.id);
    const membership = await this.members.findOneBy({ organisationId: org.id, userId });
    if (!membership) throw AppError.notFound();
    if (membership.role === 'admin' && membership.status === 'active') await this.assertNotLastAdmin(org.id, userId);
    await this.members.delete({ id: membership.id });
    // Rooms the organisation is invited to are re-checked on the person's open sockets.
    await this.revocation.rightsChanged(userId);
  }

  async listForUser(userId: string) {
    const rows = await this.members.find({ where: { userId }, relations: { organisation: true }, order: { createdAt: 'ASC' } });
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
    const membership = await this.members.findOneBy({ organisationId, userId: actor.id });
    if (!OrganisationsPolicy.canActFor(actor, membership)) throw AppError.forbidden();
  }

  private async assertCanManage(actor: UserEntity, organisationId: string) {
    const membership = await this.members.findOneBy({ organisationId, userId: actor.id });
    if (!OrganisationsPolicy.canManage(actor, membership)) throw AppError.forbidden();
  }

  private async assertNotLastAdmin(organisationId: string, leavingUserId: string) {
    const admins = await this.members.countBy({ organisationId, role: 'admin', status: 'active' });
    const leaving = await this.members.findOneBy({ organisationId, userId: leavingUserId });
    if (admins <= 1 && leaving?.role === 'admin') throw AppError.conflict('organisations.last_admin');
  }

  private async find(idOrSlug: string): Promise<OrganisationEntity> {
    const org = await this.orgs.findOneBy(isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug.toLowerCase() });
    if (!org) throw AppError.notFound();
    return org;
  }

  private async memberCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: { id: string; n: string }[] = await this.members
      .createQueryBuilder('m')
      .select('m.organisation_id', 'id')
      .addSelect('count(*)', 'n')
      .where('m.organisation_id IN (:...ids)', { ids })
      .andWhere(`m.status = 'active'`)
      .groupBy('m.organisation_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  private async membershipsOf(userId: string, ids: string[]): Promise<Map<string, MembershipEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.members
      .createQueryBuilder('m')
      .where('m.user_id = :userId', { userId })
      .andWhere('m.organisation_id IN (:...ids)', { ids })
      .getMany();
    return new Map(rows.map((m) => [m.organisationId, m]));
  }
}
