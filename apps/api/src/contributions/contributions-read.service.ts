import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ContributionListQuery } from '@polyphony/contracts';
import { decodeCursor, toPage } from '../core/http/cursor';
import { toContribution } from './contributions.mapper';
import { ContributionsRepository } from './contributions.repository';

type ListQuery = Omit<ContributionListQuery, 'keyPoint'> & { limit: number; keyPoint?: boolean };

/** Reading contributions (officials and facilitators): newest first, keyset pages, filters. */
@Injectable()
export class ContributionsReadService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(consultationId: string, query: ListQuery, withPersonalData: boolean) {
    const rows = await new ContributionsRepository(this.db.manager).page({
      consultationId,
      source: query.source,
      category: query.category,
      country: query.country,
      language: query.language,
      keyPoint: query.keyPoint,
      q: query.q,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (c) => [c.createdAt.toISOString(), c.id]);
    return { items: page.items.map((c) => toContribution(c, withPersonalData)), nextCursor: page.nextCursor };
  }
}
