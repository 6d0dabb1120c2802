import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Annotation, AnswerAnnotationRequest, createAnnotationRequestSchema } from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import { decodeCursor, toPage } from '../../core/http/cursor';
import { ContributionsService } from '../../contributions/contributions.service';
import type { UserEntity } from '../../users/user.entity';
import { PlanPolicy } from '../plan.policy';
import { PlanService } from '../plan.service';
import { PlanRepository } from '../plan.repository';
import { PlanVersionsRepository } from '../versions/plan-versions.repository';
import type { PlanAnnotationEntity } from './plan-annotation.entity';
import { toAnnotation } from '../plan.mapper';
import { PlanReviewRepository } from './plan-review.repository';
import { isUuid } from '../../core/http/params';
import type { Parsed } from '../../core/errors/zod-validation';

/**
 * Public review of a published version: a participant selects a passage of a paragraph and comments
 * on it or proposes an amendment; officials answer. Each annotation is also a contribution (source
 * plan_annotation), so it is counted, synthesised, and shows its fate like any other input.
 */
@Injectable()
export class PlanReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
    private readonly contributions: ContributionsService,
  ) {}

  private repo() {
    return new PlanReviewRepository(this.db.manager);
  }

  private async version(planIdOrSlug: string, number: number, viewer?: UserEntity) {
    const plan = await this.plans.findVisible(planIdOrSlug, viewer);
    const version = await new PlanVersionsRepository(this.db.manager).findByNumber(plan.id, number);
    if (!version || !PlanPolicy.canSeeVersion(viewer, version.review)) throw AppError.notFound();
    return { plan, version };
  }

  async create(
    actor: UserEntity,
    planIdOrSlug: string,
    number: number,
    input: Parsed<typeof createAnnotationRequestSchema>,
  ): Promise<Annotation> {
    const { plan, version } = await this.version(planIdOrSlug, number, actor);
    if (!PlanPolicy.canAnnotate(actor, version.review)) throw new AppError('plan.review_closed');
    const id = await this.db.transaction(async (manager) => {
      const repo = new PlanReviewRepository(manager);
      // Lock the version row: closing the review and annotating never interleave.
      if ((await repo.lockReviewState(version.id)) !== 'open') throw new AppError('plan.review_closed');
      const section = await new PlanVersionsRepository(manager).section(version.id, input.sectionId);
      if (!section) throw AppError.validation([{ path: 'sectionId', code: 'invalid' }]);
      const paragraph = [...section.content.paragraphs, ...section.content.expectedResults].find((p) => p.id === input.paragraphId);
      if (!paragraph) throw AppError.validation([{ path: 'paragraphId', code: 'invalid' }]);
      const saved = await repo.insert({
        planId: plan.id,
        versionId: version.id,
        sectionId: section.sectionId,
        paragraphId: paragraph.id,
        language: input.language,
        kind: input.kind,
        quote: input.quote,
        quoteStart: input.quoteStart,
        body: input.body,
        proposedText: input.kind === 'amendment' ? input.proposedText : null,
        authorId: actor.id,
        authorCategory: actor.category,
      });
      await this.contributions.record(manager, {
        source: 'plan_annotation',
        sourceRef: saved.id,
        consultationId: plan.consultationId,
        text: [input.body, input.kind === 'amendment' ? input.proposedText : ''].filter(Boolean).join('\n\n'),
        category: actor.category,
        country: actor.country,
        authorUserId: actor.id,
      });
      return saved.id;
    });
    return (await this.views([await this.repo().findById(id)], actor))[0];
  }

  async list(
    planIdOrSlug: string,
    number: number,
    viewer: UserEntity | undefined,
    query: { sectionId?: string; cursor?: string; limit: number },
  ) {
    const { version } = await this.version(planIdOrSlug, number, viewer);
    const after = decodeCursor(query.cursor, 2);
    const rows = await this.repo().page({ versionId: version.id, sectionId: query.sectionId, after, limit: query.limit });
    const page = toPage(rows, query.limit, (a) => [a.createdAt.toISOString(), a.id]);
    return { items: await this.views(page.items, viewer), nextCursor: page.nextCursor };
  }

  async answer(actor: UserEntity, planIdOrSlug: string, annotationId: string, input: AnswerAnnotationRequest): Promise<Annotation> {
    if (!PlanPolicy.canAnswer(actor)) throw AppError.forbidden();
    if (!isUuid(annotationId)) throw AppError.notFound();
    const plan = await this.plans.findPlan(planIdOrSlug);
    const repo = this.repo();
    const row = await repo.findOfPlan(plan.id, annotationId);
    if (!row) throw AppError.notFound();
    await repo.answer(actor.id, row.id, input, new Date());
    return (await this.views([await repo.findById(row.id)], actor))[0];
  }

  private async views(rows: PlanAnnotationEntity[], viewer?: UserEntity): Promise<Annotation[]> {
    const ids = [...new Set(rows.flatMap((r) => [r.authorId, r.answeredById]).filter((x): x is string => !!x))];
    const names = await new PlanRepository(this.db.manager).userNames(ids);
    return rows.map((r) => toAnnotation(r, names, viewer?.id));
  }
}
