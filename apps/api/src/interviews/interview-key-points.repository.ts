import { In, type EntityManager } from 'typeorm';
import { ContributionEntity } from '../contributions/contribution.entity';
import { InterviewKeyPointEntity } from './interview-key-point.entity';

/** The contribution source of an interview's key points. */
export const KEY_POINT = 'interview_key_point' as const;

/** A key point to add to an interview. */
export type NewKeyPoint = Pick<InterviewKeyPointEntity, 'interviewId' | 'inviteeId' | 'text' | 'position'>;

/** The interviews' key points, and the language their contributions were detected in. */
export class InterviewKeyPointsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(InterviewKeyPointEntity);
  }

  async keyPointCount(interviewId: string): Promise<number> {
    return this.repo.countBy({ interviewId });
  }

  async ofInterview(interviewId: string): Promise<InterviewKeyPointEntity[]> {
    return this.repo.find({ where: { interviewId } });
  }

  async idsOf(interviewId: string): Promise<string[]> {
    return (await this.repo.find({ where: { interviewId }, select: { id: true } })).map((k) => k.id);
  }

  /** Whether any key point is attributed to one of these invitees. */
  async attributedToAny(inviteeIds: string[]): Promise<boolean> {
    return this.repo.existsBy({ inviteeId: In(inviteeIds) });
  }

  async findById(id: string): Promise<InterviewKeyPointEntity> {
    return this.repo.findOneByOrFail({ id });
  }

  async findInInterview(interviewId: string, id: string): Promise<InterviewKeyPointEntity | null> {
    return this.repo.findOneBy({ id, interviewId });
  }

  async insertKeyPoint(keyPoint: NewKeyPoint): Promise<InterviewKeyPointEntity> {
    return this.repo.save(keyPoint);
  }

  async updateKeyPoint(id: string, values: Pick<InterviewKeyPointEntity, 'inviteeId' | 'text'>): Promise<void> {
    await this.repo.update({ id }, values);
  }

  /** Removes the interview's key point; false when it has no such key point. */
  async removeKeyPoint(interviewId: string, id: string): Promise<boolean> {
    return Boolean((await this.repo.delete({ id, interviewId })).affected);
  }

  /** The language detected in each key point's contribution, by key point id (absent when not recorded). */
  async languages(keyPointIds: string[]): Promise<Map<string, string>> {
    if (!keyPointIds.length) return new Map();
    const rows = await this.manager.getRepository(ContributionEntity).find({
      where: { source: KEY_POINT, sourceRef: In(keyPointIds) },
      select: { sourceRef: true, language: true },
    });
    return new Map(rows.map((c) => [c.sourceRef, c.language]));
  }

  /** The language detected in one key point's contribution. */
  async language(keyPointId: string): Promise<string | undefined> {
    const contribution = await this.manager.getRepository(ContributionEntity).findOneBy({ source: KEY_POINT, sourceRef: keyPointId });
    return contribution?.language;
  }
}
