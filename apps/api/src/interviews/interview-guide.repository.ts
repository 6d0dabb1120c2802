import { In, type EntityManager } from 'typeorm';
import { InterviewGuideQuestionEntity } from './interview-guide-question.entity';

/** A guide question as the API shows it. */
export type GuideQuestion = Pick<InterviewGuideQuestionEntity, 'id' | 'position' | 'text'>;

/** The interview guide's SQL: a consultation's questions, in order. */
export class InterviewGuideRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(InterviewGuideQuestionEntity);
  }

  async questions(consultationId: string): Promise<GuideQuestion[]> {
    const rows = await this.repo.find({ where: { consultationId }, order: { position: 'ASC' } });
    return rows.map((q) => ({ id: q.id, position: q.position, text: q.text }));
  }

  async questionIds(consultationId: string): Promise<string[]> {
    return (await this.repo.find({ where: { consultationId }, select: { id: true } })).map((q) => q.id);
  }

  /** How many of `ids` are questions of the consultation's guide. */
  async countQuestions(consultationId: string, ids: string[]): Promise<number> {
    return this.repo.countBy({ consultationId, id: In(ids) });
  }

  async insertQuestion(question: Pick<InterviewGuideQuestionEntity, 'consultationId' | 'position' | 'text'>): Promise<void> {
    await this.repo.insert(question);
  }

  async updateQuestion(id: string, values: Pick<InterviewGuideQuestionEntity, 'position' | 'text'>): Promise<void> {
    await this.repo.update({ id }, values);
  }

  async removeQuestions(ids: string[]): Promise<void> {
    await this.repo.delete({ id: In(ids) });
  }
}
