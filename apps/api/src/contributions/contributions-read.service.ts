import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Contribution, ContributionListQuery } from '@polyphony/contracts';
import { decodeCursor, toPage } from '../core/http/cursor';
import { ContributionEntity } from './contribution.entity';
import { CONTRIBUTION_SEARCH_QUERY, CONTRIBUTION_SEARCH_VECTOR } from './contribution-search';

type ListQuery = Omit<ContributionListQuery, 'keyPoint'> & { limit: number; keyPoint?: boolean };

/** Reading contributions (officials and facilitators): newest first, keyset pages, filters. */
@Injectable()
export class ContributionsReadService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(consultationId: string, query: ListQuery, withPersonalData: boolean) {
    const qb = this.db
      .getRepository(ContributionEntity)
      .createQueryBuilder('c')
      .leftJoin('c.authorOrganisation', 'o')
      .leftJoin('c.authorUser', 'u')
      .addSelect(['o.id', 'o.name', 'u.id', 'u.displayName'])
      .where('c.consultation_id = :consultationId AND c.hidden_at IS NULL', { consultationId });
    if (query.source) qb.andWhere('c.source = :source', { source: query.source });
    if (query.category) qb.andWhere('c.category = :category', { category: query.category });
    if (query.country) qb.andWhere('c.country = :country', { country: query.country });
    if (query.language) qb.andWhere('c.language = :language', { language: query.language });
    if (query.keyPoint !== undefined) qb.andWhere('c.key_point = :keyPoint', { keyPoint: query.keyPoint });
    if (query.q) qb.andWhere(`${CONTRIBUTION_SEARCH_VECTOR} @@ ${CONTRIBUTION_SEARCH_QUERY}`, { q: query.q });
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(c.created_at, c.id) < (:at, :id)', { at: after[0], id: after[1] });
    const rows = await qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(rows, query.limit, (c) => [c.createdAt.toISOString(), c.id]);
    return { items: page.items.map((c) => toContribution(c, withPersonalData)), nextCursor: page.nextCursor };
  }
}

function toContribution(c: ContributionEntity, withPersonalData: boolean): Contribution {
  return {
    id: c.id,
    consultationId: c.consultationId,
    source: c.source,
    sourceRef: c.sourceRef,
    text: c.text,
    language: c.language,
    category: c.category,
    country: c.country,
    author: c.authorOrganisation?.name ?? c.authorLabel ?? (withPersonalData ? (c.authorUser?.displayName ?? null) : null),
    authorOrganisationId: c.authorOrganisationId,
    keyPoint: c.keyPoint,
    createdAt: c.createdAt.toISOString(),
  };
}
