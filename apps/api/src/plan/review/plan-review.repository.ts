import type { EntityManager } from 'typeorm';
import type { AnswerAnnotationRequest } from '@polyphony/contracts';
import { PlanVersionEntity } from '../versions/plan-version.entity';
import { PlanAnnotationEntity } from './plan-annotation.entity';
import { keysetPage } from '../../core/database/keyset-page';

/** A new annotation on a passage of a version (its status starts open, unanswered). */
export type NewAnnotation = Pick<
  PlanAnnotationEntity,
  | 'planId'
  | 'versionId'
  | 'sectionId'
  | 'paragraphId'
  | 'language'
  | 'kind'
  | 'quote'
  | 'quoteStart'
  | 'body'
  | 'proposedText'
  | 'authorId'
  | 'authorCategory'
>;

/** A page of a version's annotations, oldest first, optionally of one section. */
export interface AnnotationPageQuery {
  versionId: string;
  sectionId?: string;
  after: (string | number)[] | undefined;
  limit: number;
}

/** The public review's SQL: annotations of a published version and the lock that keeps them from racing its closing. */
export class PlanReviewRepository {
  constructor(private readonly manager: EntityManager) {}

  private get annotations() {
    return this.manager.getRepository(PlanAnnotationEntity);
  }

  /** The version's review state, the row locked FOR SHARE until the end of the transaction (closing the review waits). */
  async lockReviewState(versionId: string): Promise<PlanVersionEntity['review'] | undefined> {
    const version = await this.manager
      .getRepository(PlanVersionEntity)
      .findOne({ where: { id: versionId }, lock: { mode: 'pessimistic_read' } });
    return version?.review;
  }

  insert(annotation: NewAnnotation): Promise<PlanAnnotationEntity> {
    return this.annotations.save(annotation);
  }

  /** One more row than the limit, to know whether a next page exists. */
  page(q: AnnotationPageQuery): Promise<PlanAnnotationEntity[]> {
    const qb = this.annotations.createQueryBuilder('a').where('a.version_id = :versionId', { versionId: q.versionId });
    if (q.sectionId) qb.andWhere('a.section_id = :sectionId', { sectionId: q.sectionId });
    return keysetPage(qb, { alias: 'a', column: 'created_at', after: q.after, limit: q.limit, direction: 'ASC' }).getMany();
  }

  findById(id: string): Promise<PlanAnnotationEntity> {
    return this.annotations.findOneByOrFail({ id });
  }

  /** The annotation when it belongs to the plan. */
  findOfPlan(planId: string, id: string): Promise<PlanAnnotationEntity | null> {
    return this.annotations.findOneBy({ id, planId });
  }

  async answer(actorId: string, id: string, input: AnswerAnnotationRequest, at: Date): Promise<void> {
    await this.annotations.update({ id }, { status: input.status, answer: input.answer, answeredById: actorId, answeredAt: at });
  }
}
