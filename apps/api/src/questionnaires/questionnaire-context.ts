import type { EntityManager } from 'typeorm';
import { AppError } from '../core/errors/app-error';
import { ConsultationsPolicy } from '../consultations/consultations.policy';
import type { UserEntity } from '../users/user.entity';
import type { QuestionEntity } from './question.entity';
import { QuestionnairesRepository, type QuestionnaireContext } from './questionnaires.repository';

export type { QuestionnaireContext };
import { isUuid } from '../core/http/params';

/**
 * The consultation (by id or slug) as the viewer may see it, else a 404 — the same rule as
 * ConsultationsService.findForUser, in one round trip since answering is a hot path.
 */
export async function loadContext(manager: EntityManager, idOrSlug: string, viewer?: UserEntity): Promise<QuestionnaireContext> {
  const ctx = await new QuestionnairesRepository(manager).context(isUuid(idOrSlug), idOrSlug, viewer?.id ?? null);
  if (!ctx) throw AppError.notFound();
  if (!ConsultationsPolicy.canSee(viewer, ctx.status, ctx.isFacilitator)) throw AppError.notFound();
  return ctx;
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
  const questions = await new QuestionnairesRepository(manager).questions(questionnaireId);
  if (cache.size > 500) cache.clear();
  cache.set(questionnaireId, { version, questions });
  return questions;
}
