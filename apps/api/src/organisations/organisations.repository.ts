import type { EntityManager } from 'typeorm';
import type { MembershipStatus, OrganisationCategory } from '@polyphony/contracts';
import { keysetPage } from '../core/database/keyset-page';
import { MembershipEntity } from './membership.entity';
import { ORGANISATION_SEARCH_VECTOR, OrganisationEntity } from './organisation.entity';

/** One page of the directory: filters, a prefix search (a `to_tsquery` text), the keyset after (name, id). */
export interface OrganisationPageQuery {
  category?: OrganisationCategory;
  country?: string;
  tsq?: string;
  /** The last row's (name, id), as the cursor holds them. */
  after: (string | number)[] | undefined;
  limit: number;
}

/** A new organisation (its slug already chosen). */
export type NewOrganisation = Pick<
  OrganisationEntity,
  'name' | 'slug' | 'category' | 'country' | 'city' | 'website' | 'description' | 'descriptionLanguage' | 'createdById'
>;

/** A membership to insert, or to set again for the same organisation and person. */
export type MembershipValues = Pick<MembershipEntity, 'organisationId' | 'userId' | 'role' | 'status' | 'decidedAt' | 'decidedById'> &
  Partial<Pick<MembershipEntity, 'message'>>;

/** All of the organisations' SQL: the directory, memberships and their counts. */
export class OrganisationsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get orgs() {
    return this.manager.getRepository(OrganisationEntity);
  }
  private get memberships() {
    return this.manager.getRepository(MembershipEntity);
  }

  /** Alphabetical keyset page: one more row than the limit, to know whether a next page exists. */
  page(query: OrganisationPageQuery): Promise<OrganisationEntity[]> {
    const qb = this.orgs.createQueryBuilder('o');
    if (query.category) qb.andWhere('o.category = :category', { category: query.category });
    if (query.country) qb.andWhere('o.country = :country', { country: query.country });
    if (query.tsq) qb.andWhere(`${ORGANISATION_SEARCH_VECTOR} @@ to_tsquery('simple', :tsq)`, { tsq: query.tsq });
    return keysetPage(qb, { alias: 'o', column: 'name', after: query.after, limit: query.limit, direction: 'ASC' }).getMany();
  }

  async findById(id: string): Promise<OrganisationEntity | null> {
    return this.orgs.findOneBy({ id });
  }

  async findBySlug(slug: string): Promise<OrganisationEntity | null> {
    return this.orgs.findOneBy({ slug });
  }

  async insert(values: NewOrganisation): Promise<OrganisationEntity> {
    return this.orgs.save(this.orgs.create(values));
  }

  async update(id: string, patch: Partial<OrganisationEntity>): Promise<void> {
    await this.orgs.update({ id }, patch);
  }

  /** Active members per organisation of `ids` (organisations without any are absent). */
  async memberCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows: { id: string; n: string }[] = await this.memberships
      .createQueryBuilder('m')
      .select('m.organisation_id', 'id')
      .addSelect('count(*)', 'n')
      .where('m.organisation_id IN (:...ids)', { ids })
      .andWhere(`m.status = 'active'`)
      .groupBy('m.organisation_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  /** The person's memberships (of any status) among the organisations `ids`, by organisation. */
  async membershipsOf(userId: string, ids: string[]): Promise<Map<string, MembershipEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.memberships
      .createQueryBuilder('m')
      .where('m.user_id = :userId', { userId })
      .andWhere('m.organisation_id IN (:...ids)', { ids })
      .getMany();
    return new Map(rows.map((m) => [m.organisationId, m]));
  }

  /** A person's membership of an organisation, of any status. */
  async membership(organisationId: string, userId: string): Promise<MembershipEntity | null> {
    return this.memberships.findOneBy({ organisationId, userId });
  }

  /** The same, with the person (for their name). */
  async membershipWithUser(organisationId: string, userId: string): Promise<MembershipEntity | null> {
    return this.memberships.findOne({ where: { organisationId, userId }, relations: { user: true } });
  }

  async insertMembership(values: MembershipValues): Promise<void> {
    await this.memberships.insert(values);
  }

  /** Inserts the membership, or sets an existing one (same organisation and person) to these values; answers it with the person. */
  async upsertMembership(values: MembershipValues): Promise<MembershipEntity> {
    await this.memberships.upsert(values, ['organisationId', 'userId']);
    return this.memberships.findOneOrFail({
      where: { organisationId: values.organisationId, userId: values.userId },
      relations: { user: true },
    });
  }

  async saveMembership(membership: MembershipEntity): Promise<void> {
    await this.memberships.save(membership);
  }

  async removeMembership(id: string): Promise<void> {
    await this.memberships.delete({ id });
  }

  /** An organisation's memberships in these statuses, with the people, oldest first. */
  async listMembers(organisationId: string, statuses: MembershipStatus[], limit: number): Promise<MembershipEntity[]> {
    return this.memberships.find({
      where: statuses.map((status) => ({ organisationId, status })),
      relations: { user: true },
      order: { createdAt: 'ASC' },
      take: limit,
    });
  }

  /** A person's memberships, with their organisations, oldest first. */
  async membershipsOfUser(userId: string): Promise<MembershipEntity[]> {
    return this.memberships.find({ where: { userId }, relations: { organisation: true }, order: { createdAt: 'ASC' } });
  }

  async activeAdminCount(organisationId: string): Promise<number> {
    return this.memberships.countBy({ organisationId, role: 'admin', status: 'active' });
  }
}
