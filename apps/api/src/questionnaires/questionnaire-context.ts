import type { EntityManager } from 'typeorm';
import type { ConsultationStatus, Language } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { ConsultationsPolicy } from '../consultations/consultations.policy';
import type { UserEntity } from '../users/user.entity';
import { QuestionEntity } from './question.entity';
import { isUuid } from '../core/http/params';

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

const CONTEXT_SQL = (by: 'id' | 'slug') => `
  SELECT c.id, c.status, c.languages, q.id AS questionnaire_id, q.version, q.updated_at,
    (SELECT to_char(p.ends_on, 'YYYY-MM-DD') FROM consultation_phases p WHERE p.consultation_id = c.id AND p.kind = 'consultation') AS ends_on,
    EXISTS (SELECT 1 FROM consultation_facilitators f WHERE f.consultation_id = c.id AND f.user_id = $2) AS is_facilitator
  FROM consultations c LEFT JOIN questionnaires q ON q.consultation_id = c.id
  WHERE c.${by} = $1`;

/**
 * The consultation (by id or slug) as the viewer may see it, else a 404 — the same rule as
 * ConsultationsService.findForUser, in one round trip since answering is a hot path.
 */
export async function loadContext(manager: EntityManager, idOrSlug: string, viewer?: UserEntity): Promise<QuestionnaireContext> {
  const byId = isUuid(idOrSlug);
  const [row] = await manager.query(CONTEXT_SQL(byId ? 'id' : 'slug'), [byId ? idOrSlug : idOrSlug.toLowerCase(), viewer?.id ?? null]);
  if (!row) throw AppError.notFound();
  if (!ConsultationsPolicy.canSee(viewer, row.status, row.is_facilitator)) throw AppError.notFound();
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

/**
 * Questions per questionnaire version, kept in memory: answering reads them on every request
 * and they change only when an official saves the structure (which bumps the version,
 * read from the database on every request, so replicas never serve a stale structure).
 */
const cache = new Map<string, { version: number; questions: QuestionEntity[] }>();

export async function loadQuestions(manager: EntityManager, questionnaireId: string, version: number): Promise<QuestionEntity[]> {
  const hit = cache.get(questionnaireId);
  if (hit && hit.version === version) return hit.questions;
  const questions = await manager.getRepository(QuestionEntity).find({ where: { questionnaireId }, order: { position: 'ASC' } });
  if (cache.size > 500) cache.clear();
  cache.set(questionnaireId, { version, questions });
  return questions;
}
