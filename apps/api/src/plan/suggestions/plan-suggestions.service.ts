import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  pickTranslation,
  type DecideSuggestionRequest,
  type Language,
  type Quote,
  type ReviewMark,
  type SectionContent,
  type Suggestion,
  type SuggestionCandidate,
  type SuggestionSourceKind,
  type createSuggestionRequestSchema,
} from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import { decodeCursor, toPage } from '../../core/http/cursor';
import type { UserEntity } from '../../users/user.entity';
import type { PlanEntity } from '../plan.entity';
import { PlanSectionEntity } from '../plan-section.entity';
import { PlanPolicy } from '../plan.policy';
import { PlanService } from '../plan.service';
import { sectionCodes } from '../plan-content';
import { PlanSuggestionEntity, PlanSuggestionSourceEntity } from './plan-suggestion.entity';
import { answerProposalAsAction } from './proposal-answer';
import { PlanLanguagesService } from '../languages/plan-languages.service';
import { placeSuggestion } from './suggestion-placement';
import { isUuid } from '../../core/http/params';
import type { Parsed } from '../../core/errors/zod-validation';

const QUOTES_PER_SUGGESTION = 3;

/** Quotes keep organisations' and named institutions' names; a person is never named. */
export const QUOTE_COLUMNS = `c.id AS contribution_id, c.text, c.language, c.category, c.source, c.country, coalesce(o.name, c.author_label) AS author, c.created_at`;
export const toQuote = (r: any): Quote => ({
  contributionId: r.contribution_id,
  text: r.text,
  language: r.language,
  category: r.category,
  source: r.source,
  country: r.country,
  author: r.author ?? null,
});

/**
 * From synthesis to the draft. An official turns a theme, a proposal or an interview or room key
 * point into a suggestion on a section; accepting applies it to the working draft and writes the
 * provenance links (section or paragraph -> contributions) in the same transaction.
 */
@Injectable()
export class PlanSuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
    private readonly moduleRef: ModuleRef,
    private readonly languages: PlanLanguagesService,
  ) {}

  /** What can be turned into a suggestion, from the plan's consultation. */
  async candidates(actor: UserEntity, planIdOrSlug: string, kind: SuggestionSourceKind): Promise<SuggestionCandidate[]> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const plan = await this.plans.findPlan(planIdOrSlug);
    if (!plan.consultationId) return [];
    const suggested = new Set<string>(
      (
        await this.db.query(`SELECT DISTINCT source_ref FROM plan_suggestions WHERE plan_id = $1 AND source_kind = $2`, [plan.id, kind])
      ).map((r: any) => r.source_ref),
    );
    let rows: { id: string; label: string; text: string; count: number; by_category: Record<string, number> }[] = [];
    if (kind === 'theme') {
      rows = await this.db.query(
        `SELECT t.id, t.label, coalesce(t.quotes->0->>'text', '') AS text, t.size AS count, t.by_category
         FROM synthesis_themes t
         WHERE t.run_id = (SELECT id FROM synthesis_runs WHERE consultation_id = $1 AND room_id IS NULL AND status = 'succeeded' ORDER BY created_at DESC LIMIT 1)
         ORDER BY t.position LIMIT 200`,
        [plan.consultationId],
      );
    } else if (kind === 'proposal') {
      rows = await this.db.query(
        `SELECT p.id, p.title AS label, left(p.body, 400) AS text, 1 AS count, jsonb_build_object(p.author_category, 1) AS by_category
         FROM proposals p WHERE p.consultation_id = $1 AND p.status NOT IN ('draft', 'merged') AND p.hidden_at IS NULL
         ORDER BY p.support_count DESC, p.created_at DESC LIMIT 200`,
        [plan.consultationId],
      );
    } else {
      const source = kind === 'interview_key_point' ? 'interview_key_point' : 'room_message';
      rows = await this.db.query(
        `SELECT c.id, coalesce(o.name, c.author_label, '') AS label, c.text, 1 AS count, jsonb_build_object(c.category, 1) AS by_category
         FROM contributions c LEFT JOIN organisations o ON o.id = c.author_organisation_id
         WHERE c.consultation_id = $1 AND c.source = $2 AND c.key_point AND c.hidden_at IS NULL
         ORDER BY c.created_at DESC LIMIT 200`,
        [plan.consultationId, source],
      );
    }
    return rows.map((r) => ({
      kind,
      id: r.id,
      label: r.label,
      text: r.text,
      count: Number(r.count),
      byCategory: r.by_category ?? {},
      suggested: suggested.has(r.id),
    }));
  }

  /** The contributions behind a source, checked against the plan's consultation. */
  private async resolve(
    manager: EntityManager,
    plan: PlanEntity,
    kind: SuggestionSourceKind,
    id: string,
  ): Promise<{ label: string; contributionIds: string[] }> {
    const invalid = () => AppError.validation([{ path: 'source.id', code: 'invalid' }]);
    let label: string;
    let consultationId: string | null;
    let ids: string[];
    if (kind === 'theme') {
      const [theme] = await manager.query(
        `SELECT t.label, r.consultation_id FROM synthesis_themes t JOIN synthesis_runs r ON r.id = t.run_id WHERE t.id = $1`,
        [id],
      );
      if (!theme) throw invalid();
      label = theme.label;
      consultationId = theme.consultation_id;
      ids = (
        await manager.query(
          `SELECT m.contribution_id FROM synthesis_theme_members m JOIN contributions c ON c.id = m.contribution_id WHERE m.theme_id = $1 AND c.hidden_at IS NULL`,
          [id],
        )
      ).map((r: any) => r.contribution_id);
    } else if (kind === 'proposal') {
      const [proposal] = await manager.query(`SELECT title, consultation_id, status FROM proposals WHERE id = $1 AND hidden_at IS NULL`, [
        id,
      ]);
      if (!proposal || proposal.status === 'draft') throw invalid();
      label = proposal.title;
      consultationId = proposal.consultation_id;
      ids = (await manager.query(`SELECT id FROM contributions WHERE source = 'proposal' AND source_ref = $1`, [id])).map((r: any) => r.id);
    } else {
      const source = kind === 'interview_key_point' ? 'interview_key_point' : 'room_message';
      const [c] = await manager.query(
        `SELECT id, text, consultation_id FROM contributions WHERE id = $1 AND source = $2 AND key_point AND hidden_at IS NULL`,
        [id, source],
      );
      if (!c) throw invalid();
      label = c.text.length > 120 ? `${c.text.slice(0, 117)}…` : c.text;
      consultationId = c.consultation_id;
      ids = [c.id];
    }
    if (plan.consultationId && consultationId !== plan.consultationId) throw invalid();
    return { label: label.slice(0, 300), contributionIds: ids };
  }

  async create(actor: UserEntity, planIdOrSlug: string, input: Parsed<typeof createSuggestionRequestSchema>): Promise<Suggestion> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const id = await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager);
      const target = await manager
        .getRepository(PlanSectionEntity)
        .findOneBy({ id: input.targetSectionId, planId: plan.id, deletedAt: IsNull() });
      if (!target) throw AppError.validation([{ path: 'targetSectionId', code: 'invalid' }]);
      this.checkTarget(input.kind, target, input.targetParagraphId, input.content);
      const { label, contributionIds } = await this.resolve(manager, plan, input.source.kind, input.source.id);
      const saved = await manager.getRepository(PlanSuggestionEntity).save({
        planId: plan.id,
        kind: input.kind,
        sourceKind: input.source.kind,
        sourceRef: input.source.id,
        sourceLabel: label,
        targetSectionId: target.id,
        targetParagraphId: input.kind === 'amendment' ? input.targetParagraphId : null,
        content: input.content,
        note: input.note,
        createdById: actor.id,
      });
      if (contributionIds.length) {
        for (let i = 0; i < contributionIds.length; i += 1000) {
          await manager
            .getRepository(PlanSuggestionSourceEntity)
            .createQueryBuilder()
            .insert()
            .values(contributionIds.slice(i, i + 1000).map((contributionId) => ({ suggestionId: saved.id, contributionId })))
            .orIgnore()
            .execute();
        }
      }
      return saved.id;
    });
    return this.get(actor, planIdOrSlug, id);
  }

  private checkTarget(kind: string, target: PlanSectionEntity, paragraphId: string | null, content: SectionContent) {
    if (kind === 'new_action' && target.kind !== 'strategic_line')
      throw AppError.validation([{ path: 'targetSectionId', code: 'invalid_option' }]);
    if (kind !== 'new_action' && !content.paragraphs.length) throw AppError.validation([{ path: 'content.paragraphs', code: 'required' }]);
    if (kind === 'amendment') {
      const all = [...target.content.paragraphs, ...target.content.expectedResults];
      if (!paragraphId || !all.some((p) => p.id === paragraphId))
        throw AppError.validation([{ path: 'targetParagraphId', code: 'invalid' }]);
    }
  }

  async list(actor: UserEntity, planIdOrSlug: string, query: { status?: string; cursor?: string; limit: number }) {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const plan = await this.plans.findPlan(planIdOrSlug);
    const qb = this.db.getRepository(PlanSuggestionEntity).createQueryBuilder('s').where('s.plan_id = :planId', { planId: plan.id });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(s.created_at, s.id) < (:at, :id)', { at: after[0], id: after[1] });
    const rows = await qb
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(rows, query.limit, (s) => [s.createdAt.toISOString(), s.id]);
    return { items: await this.views(plan.id, page.items, actor.preferredLanguage), nextCursor: page.nextCursor };
  }

  async get(actor: UserEntity, planIdOrSlug: string, id: string): Promise<Suggestion> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const plan = await this.plans.findPlan(planIdOrSlug);
    if (!isUuid(id)) throw AppError.notFound();
    const row = await this.db.getRepository(PlanSuggestionEntity).findOneBy({ id, planId: plan.id });
    if (!row) throw AppError.notFound();
    return (await this.views(plan.id, [row], actor.preferredLanguage))[0];
  }

  /** Views for a page of suggestions: counts and a few quotes each in two queries, codes from one section read. */
  private async views(planId: string, rows: PlanSuggestionEntity[], lang: Language): Promise<Suggestion[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const counts: { suggestion_id: string; category: string; source: string; n: number }[] = await this.db.query(
      `SELECT s.suggestion_id, c.category, c.source, count(*)::int AS n FROM plan_suggestion_sources s JOIN contributions c ON c.id = s.contribution_id
       WHERE s.suggestion_id = ANY($1) GROUP BY 1, 2, 3`,
      [ids],
    );
    const quotes = await this.db.query(
      `SELECT * FROM (
         SELECT s.suggestion_id, ${QUOTE_COLUMNS}, row_number() OVER (PARTITION BY s.suggestion_id ORDER BY length(c.text) DESC, c.id) AS rank
         FROM plan_suggestion_sources s JOIN contributions c ON c.id = s.contribution_id LEFT JOIN organisations o ON o.id = c.author_organisation_id
         WHERE s.suggestion_id = ANY($1) AND c.hidden_at IS NULL
       ) q WHERE rank <= $2`,
      [ids, QUOTES_PER_SUGGESTION],
    );
    const sections = await this.db
      .getRepository(PlanSectionEntity)
      .find({ where: { planId }, select: { id: true, kind: true, parentId: true, position: true, deletedAt: true } });
    const codes = sectionCodes(sections.filter((s) => !s.deletedAt) as any);
    const deciders: { id: string; display_name: string }[] = await this.db.query(`SELECT id, display_name FROM users WHERE id = ANY($1)`, [
      rows.map((r) => r.decidedById).filter(Boolean),
    ]);
    const names = new Map(deciders.map((d) => [d.id, d.display_name]));
    return rows.map((r) => {
      const byCategory: Record<string, number> = {};
      const bySource: Record<string, number> = {};
      let total = 0;
      for (const c of counts.filter((x) => x.suggestion_id === r.id)) {
        byCategory[c.category] = (byCategory[c.category] ?? 0) + c.n;
        bySource[c.source] = (bySource[c.source] ?? 0) + c.n;
        total += c.n;
      }
      return {
        id: r.id,
        kind: r.kind,
        sourceKind: r.sourceKind,
        sourceRef: r.sourceRef,
        sourceLabel: r.sourceLabel,
        targetSectionId: r.targetSectionId,
        targetCode: codes.get(r.targetSectionId) ?? '',
        targetParagraphId: r.targetParagraphId,
        content: r.content,
        note: r.note,
        status: r.status,
        reason: r.reason,
        resultSectionId: r.resultSectionId,
        resultCode: r.resultSectionId ? (codes.get(r.resultSectionId) ?? null) : null,
        sources: { total, byCategory, bySource, quotes: quotes.filter((q: any) => q.suggestion_id === r.id).map(toQuote) },
        createdAt: r.createdAt.toISOString(),
        decidedAt: r.decidedAt?.toISOString() ?? null,
        decidedBy: r.decidedById ? (names.get(r.decidedById) ?? null) : null,
      };
    });
    void lang;
  }

  /**
   * Accept (the content possibly edited, placed where the official chooses) or reject with a reason.
   * Accepted text is pre-filled in every plan language by machine translation, marked "to review".
   */
  async decide(actor: UserEntity, planIdOrSlug: string, id: string, input: DecideSuggestionRequest): Promise<Suggestion> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    if (!isUuid(id)) throw AppError.notFound();
    // Translate before the transaction: no lock is held while the engine works.
    let prepared: { content: SectionContent; marks: ReviewMark[] } | null = null;
    if (input.decision === 'accept') {
      const plan = await this.plans.findPlan(planIdOrSlug);
      const draft = await this.db.getRepository(PlanSuggestionEntity).findOneBy({ id, planId: plan.id });
      if (!draft) throw AppError.notFound();
      prepared = await this.languages.fillContent((input.content as SectionContent | undefined) ?? draft.content, plan.languages);
    }
    const outcome = await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager);
      const suggestion = await manager
        .getRepository(PlanSuggestionEntity)
        .findOne({ where: { id, planId: plan.id }, lock: { mode: 'pessimistic_write' } });
      if (!suggestion) throw AppError.notFound();
      if (suggestion.status !== 'pending') throw new AppError('plan.suggestion_decided');
      const now = new Date();
      if (input.decision === 'reject') {
        await manager
          .getRepository(PlanSuggestionEntity)
          .update({ id }, { status: 'rejected', reason: input.reason, decidedById: actor.id, decidedAt: now });
        return null;
      }
      const { content, marks } = prepared!;
      const contributionIds: string[] = (
        await manager.query(`SELECT contribution_id FROM plan_suggestion_sources WHERE suggestion_id = $1`, [id])
      ).map((r: any) => r.contribution_id);
      const { sectionId, paragraphKey } = await placeSuggestion(manager, this.plans, {
        plan,
        suggestion,
        content,
        marks,
        targetSectionId: input.targetSectionId ?? suggestion.targetSectionId,
        position: input.position,
        actorId: actor.id,
        check: (target) => this.checkTarget(suggestion.kind, target, suggestion.targetParagraphId, content),
      });
      for (let i = 0; i < contributionIds.length; i += 1000) {
        const chunk = contributionIds.slice(i, i + 1000);
        await manager.query(
          `INSERT INTO plan_provenance (plan_id, section_id, paragraph_key, contribution_id, suggestion_id)
           SELECT $1, $2, $3, unnest($4::uuid[]), $5 ON CONFLICT (section_id, paragraph_key, contribution_id) DO NOTHING`,
          [plan.id, sectionId, paragraphKey, chunk, id],
        );
      }
      await manager
        .getRepository(PlanSuggestionEntity)
        .update({ id }, { status: 'accepted', content, resultSectionId: sectionId, decidedById: actor.id, decidedAt: now });
      return { sectionId, suggestion, content, plan };
    });
    if (outcome?.suggestion.sourceKind === 'proposal' && outcome.suggestion.kind === 'new_action') {
      const answer =
        input.decision === 'accept' && input.proposalAnswer
          ? input.proposalAnswer
          : pickTranslation(outcome.content.title, actor.preferredLanguage);
      await answerProposalAsAction(this.moduleRef, this.db, actor, outcome.suggestion.sourceRef, outcome.sectionId, answer);
    }
    return this.get(actor, planIdOrSlug, id);
  }
}
