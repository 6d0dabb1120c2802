import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { Language, Questionnaire, saveQuestionnaireRequestSchema, TranslatedText } from '@polyphony/contracts';
import { AppError, type FieldProblem } from '../core/errors/app-error';
import type { UserEntity } from '../users/user.entity';
import type { QuestionEntity } from './question.entity';
import type { QuestionnaireSectionEntity } from './questionnaire-section.entity';
import { QuestionnairesRepository } from './questionnaires.repository';
import { loadContext, type QuestionnaireContext } from './questionnaire-context';
import { toSections } from './questionnaire.mapper';
import { QuestionnairesPolicy } from './questionnaires.policy';
import { ANSWERED, RESPONDENTS } from './tallies';

type SaveInput = z.output<typeof saveQuestionnaireRequestSchema>;

/** Texts required in every language the consultation offers; optional texts, if written in one, in all. */
function checkTranslations(input: SaveInput, languages: Language[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (text: TranslatedText | undefined | null, path: string, required: boolean) => {
    const written = Object.values(text ?? {}).some((v) => v?.trim());
    if (!required && !written) return;
    for (const lang of languages) if (!text?.[lang]?.trim()) problems.push({ path: `${path}.${lang}`, code: 'translation_missing' });
  };
  input.sections.forEach((s, i) => {
    need(s.title, `sections.${i}.title`, true);
    need(s.description, `sections.${i}.description`, false);
    s.questions.forEach((q, j) => {
      const path = `sections.${i}.questions.${j}`;
      need(q.prompt, `${path}.prompt`, true);
      need(q.help, `${path}.help`, false);
      q.options.forEach((o, k) => need(o.label, `${path}.options.${k}.label`, true));
      if (q.scale) {
        need(q.scale.minLabel, `${path}.scale.minLabel`, false);
        need(q.scale.maxLabel, `${path}.scale.maxLabel`, false);
      }
    });
  });
  return problems;
}

@Injectable()
export class QuestionnairesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(idOrSlug: string, viewer?: UserEntity): Promise<Questionnaire> {
    const ctx = await loadContext(this.db.manager, idOrSlug, viewer);
    if (!ctx.questionnaireId || !QuestionnairesPolicy.canSee(viewer, ctx.status, ctx.isFacilitator)) throw AppError.notFound();
    return this.view(this.db.manager, ctx, viewer);
  }

  private async view(manager: EntityManager, ctx: QuestionnaireContext, viewer?: UserEntity): Promise<Questionnaire> {
    const questionnaireId = ctx.questionnaireId!;
    const repo = new QuestionnairesRepository(manager);
    const [[sections, questions], answered] = await Promise.all([repo.structure(questionnaireId), repo.answeredCounts(questionnaireId)]);
    const staff = QuestionnairesPolicy.canSeeResults(viewer, ctx.isFacilitator);
    return {
      id: questionnaireId,
      consultationId: ctx.consultationId,
      languages: ctx.languages,
      version: ctx.version,
      sections: toSections(sections, questions, staff ? answered : new Map()),
      open: QuestionnairesPolicy.acceptsAnswers(
        ctx.status,
        ctx.consultationEndsOn ? [{ kind: 'consultation', endsOn: ctx.consultationEndsOn }] : [],
      ),
      respondents: staff ? (answered.get(RESPONDENTS) ?? 0) : 0,
      updatedAt: (ctx.updatedAt ?? new Date()).toISOString(),
      can: {
        edit: QuestionnairesPolicy.canEditStructure(viewer, ctx.status),
        answer: QuestionnairesPolicy.canAnswer(viewer),
        seeResults: staff,
      },
    };
  }

  /**
   * Replaces the structure. Questions and sections keep their ids (answers point at them).
   * Once a question has submitted answers it cannot be deleted, change type, lose an
   * answered option or change its scale: answers stay meaningful, results stay true.
   */
  async save(actor: UserEntity, idOrSlug: string, input: SaveInput): Promise<Questionnaire> {
    const ctx = await loadContext(this.db.manager, idOrSlug, actor);
    if (!QuestionnairesPolicy.canEditStructure(actor, 'draft')) throw AppError.forbidden();
    if (!QuestionnairesPolicy.canEditStructure(actor, ctx.status)) throw AppError.conflict('consultations.closed');
    const missing = checkTranslations(input, ctx.languages);
    if (missing.length) throw AppError.validation(missing);

    await this.db.transaction(async (manager) => {
      const repo = new QuestionnairesRepository(manager);
      const row = await repo.ensureLocked(ctx.consultationId);
      if (input.version != null && row.version !== 0 && input.version !== row.version) throw AppError.conflict();
      const questionnaireId: string = row.id;
      // In turn: a transaction is one connection, which pg does not let two queries share at once.
      const [oldSections, oldQuestions] = await repo.structure(questionnaireId);
      const used = await repo.answeredItems(questionnaireId);
      const oldById = new Map(oldQuestions.map((q) => [q.id, q]));
      const oldSectionIds = new Set(oldSections.map((s) => s.id));
      const problems: FieldProblem[] = [];
      const sections: Partial<QuestionnaireSectionEntity>[] = [];
      const questions: Partial<QuestionEntity>[] = [];
      let position = 0;
      input.sections.forEach((s, i) => {
        if (s.id && !oldSectionIds.has(s.id)) problems.push({ path: `sections.${i}.id`, code: 'invalid' });
        const sectionId = s.id && oldSectionIds.has(s.id) ? s.id : randomUUID();
        sections.push({ id: sectionId, questionnaireId, position: i, title: s.title, description: s.description ?? {} });
        s.questions.forEach((q, j) => {
          const path = `sections.${i}.questions.${j}`;
          const old = q.id ? oldById.get(q.id) : undefined;
          if (q.id && !old) problems.push({ path: `${path}.id`, code: 'invalid' });
          const answeredItems = old ? used.get(old.id) : undefined;
          if (old && answeredItems?.has(ANSWERED)) {
            if (old.type !== q.type) problems.push({ path: `${path}.type`, code: 'question_answered' });
            const keys = new Set(q.options.map((o) => o.key));
            if (old.options.some((o) => answeredItems.has(o.key) && !keys.has(o.key)))
              problems.push({ path: `${path}.options`, code: 'question_answered' });
            if (old.type === 'ranking' && old.options.some((o) => !keys.has(o.key)))
              problems.push({ path: `${path}.options`, code: 'question_answered' });
            if (old.scale && (old.scale.min !== q.scale?.min || old.scale.max !== q.scale?.max))
              problems.push({ path: `${path}.scale`, code: 'question_answered' });
          }
          questions.push({
            id: old ? old.id : randomUUID(),
            questionnaireId,
            sectionId,
            position: position++,
            type: q.type,
            prompt: q.prompt,
            help: q.help ?? {},
            required: q.required ?? false,
            options: q.options ?? [],
            maxChoices: q.maxChoices ?? null,
            scale: q.scale ?? null,
          });
        });
      });
      const kept = new Set(questions.map((q) => q.id));
      const removed = oldQuestions.filter((q) => !kept.has(q.id));
      for (const q of removed) if (used.get(q.id)?.has(ANSWERED)) problems.push({ path: `questions.${q.id}`, code: 'question_answered' });
      if (problems.some((p) => p.code === 'question_answered')) throw AppError.conflict('questionnaires.question_answered', problems);
      if (problems.length) throw AppError.validation(problems);

      const keptSections = new Set(sections.map((s) => s.id));
      await repo.upsertSections(sections);
      await repo.upsertQuestions(questions);
      await repo.removeQuestions(
        questionnaireId,
        removed.map((q) => q.id),
      );
      await repo.removeSections(oldSections.filter((s) => !keptSections.has(s.id)).map((s) => s.id));
      await repo.bumpVersion(questionnaireId);
    });
    return this.view(this.db.manager, await loadContext(this.db.manager, ctx.consultationId, actor), actor);
  }
}
