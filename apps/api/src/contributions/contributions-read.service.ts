import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Contribution, ContributionListQuery } from '@polyphony/contracts';
import { decodeCursor, toPage } from '../core/http/cursor';
import type { ContributionEntity } from './contribution.entity';
import { ContributionsRepository } from './contributions.repository';

type ListQuery = Omit<ContributionListQuery, 'keyPoint'> & { limit: number; keyPoint?: boolean };

/** Reading contributions (officials and facilitators): newest first, keyset pages, filters. */
@Injectable()
export class ContributionsReadService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(consultationId: string, query: ListQuery, withPersonalData: boolean) {
    const rows = await new ContributionsRepository(this.db.manager).listVisible(consultationId, {
      source: query.source,
      category: query.category,
      country: query.country,
      language: query.language,
      keyPoint: query.keyPoint,
      q: query.q,
      after: decodeCursor(query.cursor, 2),
      take: query.limit + 1,
    });
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
