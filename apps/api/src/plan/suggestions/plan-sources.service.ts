import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SectionSources } from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import { decodeCursor, toPage } from '../../core/http/cursor';
import type { UserEntity } from '../../users/user.entity';
import { PlanService } from '../plan.service';
import { emptySummary } from '../plan.mapper';
import { PlanRepository } from '../plan.repository';
import { PlanSuggestionsRepository } from './plan-suggestions.repository';
import { isUuid } from '../../core/http/params';

/** The "sources" panel of an action or paragraph: counts per category and source kind, and the quotes (keyset pages). */
@Injectable()
export class PlanSourcesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
  ) {}

  async sources(
    planIdOrSlug: string,
    sectionId: string,
    viewer: UserEntity | undefined,
    query: { paragraphId?: string; cursor?: string; limit: number },
  ): Promise<SectionSources> {
    const plan = await this.plans.findVisible(planIdOrSlug, viewer);
    if (!isUuid(sectionId)) throw AppError.notFound();
    const summary = (await new PlanRepository(this.db.manager).sourcesSummaries(plan.id)).get(sectionId) ?? emptySummary();
    const rows = await new PlanSuggestionsRepository(this.db.manager).sectionQuotes(plan.id, sectionId, {
      paragraphId: query.paragraphId,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (r) => [new Date(r.createdAt).toISOString(), r.quote.contributionId]);
    return { summary, quotes: page.items.map((r) => r.quote), nextCursor: page.nextCursor };
  }
}
