import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SectionSources } from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import { decodeCursor, toPage } from '../../core/http/cursor';
import type { UserEntity } from '../../users/user.entity';
import { PlanService } from '../plan.service';
import { sourcesSummaries } from '../plan-view';
import { QUOTE_COLUMNS, toQuote } from './plan-suggestions.service';
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
    const summary = (await sourcesSummaries(this.db.manager, plan.id)).get(sectionId) ?? {
      total: 0,
      byCategory: {},
      bySource: {},
      byParagraph: {},
    };
    const after = decodeCursor(query.cursor, 2);
    const params: unknown[] = [plan.id, sectionId, query.limit + 1];
    let where = `p.plan_id = $1 AND p.section_id = $2 AND c.hidden_at IS NULL`;
    if (query.paragraphId !== undefined) {
      params.push(query.paragraphId);
      where += ` AND p.paragraph_key = $${params.length}`;
    }
    if (after) {
      params.push(after[0], after[1]);
      where += ` AND (c.created_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    const rows = await this.db.query(
      `SELECT DISTINCT ON (c.created_at, c.id) ${QUOTE_COLUMNS}
       FROM plan_provenance p JOIN contributions c ON c.id = p.contribution_id LEFT JOIN organisations o ON o.id = c.author_organisation_id
       WHERE ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT $3`,
      params,
    );
    const page = toPage(rows, query.limit, (r: any) => [new Date(r.created_at).toISOString(), r.contribution_id]);
    return { summary, quotes: page.items.map(toQuote), nextCursor: page.nextCursor };
  }
}
