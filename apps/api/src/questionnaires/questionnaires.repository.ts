import { In, type EntityManager } from 'typeorm';
import type { ConsultationStatus, Language } from '@polyphony/contracts';
import { QuestionEntity } from './question.entity';
import { QuestionnaireSectionEntity } from './questionnaire-section.entity';
import { QuestionnaireTallyEntity } from './questionnaire-tally.entity';
import { ANSWERED, RESPONDENTS } from './tallies';

/** A consultation (by id or by slug, $1) with its questionnaire, its consultation phase's end, and whether the viewer ($2) facilitates it. */
export const CONTEXT_SQL = (by: 'id' | 'slug') => `
  SELECT c.id, c.status, c.languages, q.id AS questionnaire_id, q.version, q.updated_at,
    (SELECT to_char(p.ends_on, 'YYYY-MM-DD') FROM consultation_phases p WHERE p.consultation_id = c.id AND p.kind = 'consultation') AS ends_on,
    EXISTS (SELECT 1 FROM consultation_facilitators f WHERE f.consultation_id = c.id AND f.user_id = $2) AS is_facilitator
  FROM consultations c LEFT JOIN questionnaires q ON q.consultation_id = c.id
  WHERE c.${by} = $1`;

/** What every questionnaire request needs to know about its consultation, read in one query. */
export interface QuestionnaireContext {
  consultationId: string;
  status: ConsultationStatus;
  languages: Language[];
  /** End of the consultation's `consultation` phase, if it has one. */
  consultationEndsOn: string | null;
  isFacilitator: boolean;
  questionnaireId: string | null;
  version: number;
  updatedAt: Date | null;
}

/** The questionnaire's structure and builder SQL (answers are in responses.repository.ts, results in questionnaire-results.repository.ts). */
export class QuestionnairesRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The consultation by id (`byId`) or lower-cased slug, as `viewerId` sees it. */
  async context(byId: boolean, idOrSlug: string, viewerId: string | null): Promise<QuestionnaireContext | undefined> {
    const [row] = await this.manager.query(CONTEXT_SQL(byId ? 'id' : 'slug'), [byId ? idOrSlug : idOrSlug.toLowerCase(), viewerId]);
    if (!row) return undefined;
    return {
      consultationId: row.id,
      status: row.status,
      languages: row.languages,
      consultationEndsOn: row.ends_on,
      isFacilitator: row.is_facilitator,
      questionnaireId: row.questionnaire_id,
      version: row.version ?? 0,
      updatedAt: row.updated_at,
    };
  }

  /** The questions in order. */
  questions(questionnaireId: string): Promise<QuestionEntity[]> {
    return this.manager.getRepository(QuestionEntity).find({ where: { questionnaireId }, order: { position: 'ASC' } });
  }

  /** Sections and questions as stored (unordered). One after the other: in a transaction, the manager is one connection. */
  async structure(questionnaireId: string): Promise<[QuestionnaireSectionEntity[], QuestionEntity[]]> {
    const sections = await this.manager.getRepository(QuestionnaireSectionEntity).findBy({ questionnaireId });
    return [sections, await this.manager.getRepository(QuestionEntity).findBy({ questionnaireId })];
  }

  /** Respondents (under RESPONDENTS) and answers per question, from the counters. */
  async answeredCounts(questionnaireId: string): Promise<Map<string, number>> {
    const counts: { subject: string; n: number }[] = await this.manager.query(
      `SELECT subject, sum(count)::int AS n FROM questionnaire_tallies WHERE questionnaire_id = $1 AND ((subject = $2 AND item = '') OR item = $3) GROUP BY subject`,
      [questionnaireId, RESPONDENTS, ANSWERED],
    );
    return new Map(counts.map((c) => [c.subject, c.n]));
  }

  /** The consultation's questionnaire, created empty if it has none, locked until the end of the transaction. */
  async ensureLocked(consultationId: string): Promise<{ id: string; version: number }> {
    await this.manager.query(
      `INSERT INTO questionnaires (consultation_id, version) VALUES ($1, 0) ON CONFLICT (consultation_id) DO NOTHING`,
      [consultationId],
    );
    const [row] = await this.manager.query(`SELECT id, version FROM questionnaires WHERE consultation_id = $1 FOR UPDATE`, [
      consultationId,
    ]);
    return row;
  }

  /** Per question, the items that have submitted answers (ranking places folded into their option). */
  async answeredItems(questionnaireId: string): Promise<Map<string, Set<string>>> {
    const tallies: { subject: string; item: string; n: number }[] = await this.manager.query(
      `SELECT subject, item, sum(count)::int AS n FROM questionnaire_tallies WHERE questionnaire_id = $1 AND subject <> $2 GROUP BY subject, item HAVING sum(count) > 0`,
      [questionnaireId, RESPONDENTS],
    );
    const used = new Map<string, Set<string>>();
    for (const t of tallies) {
      if (!used.has(t.subject)) used.set(t.subject, new Set());
      used.get(t.subject)!.add(t.item.split('@')[0]);
    }
    return used;
  }

  async upsertSections(sections: Partial<QuestionnaireSectionEntity>[]): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(QuestionnaireSectionEntity)
      .values(sections)
      .orUpdate(['position', 'title', 'description'], ['id'])
      .execute();
  }

  async upsertQuestions(questions: Partial<QuestionEntity>[]): Promise<void> {
    if (!questions.length) return;
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(QuestionEntity)
      .values(questions)
      .orUpdate(['section_id', 'position', 'type', 'prompt', 'help', 'required', 'options', 'max_choices', 'scale'], ['id'])
      .execute();
  }

  /** Removes questions (without answers) and their counters. */
  async removeQuestions(questionnaireId: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.manager.getRepository(QuestionnaireTallyEntity).delete({ questionnaireId, subject: In(ids) });
    await this.manager.getRepository(QuestionEntity).delete({ id: In(ids) });
  }

  async removeSections(ids: string[]): Promise<void> {
    if (ids.length) await this.manager.getRepository(QuestionnaireSectionEntity).delete({ id: In(ids) });
  }

  /** A new structure version: replicas reload their cached questions. */
  async bumpVersion(questionnaireId: string): Promise<void> {
    await this.manager.query(`UPDATE questionnaires SET version = version + 1, updated_at = now() WHERE id = $1`, [questionnaireId]);
  }
}
