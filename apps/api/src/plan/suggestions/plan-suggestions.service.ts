import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  pickTranslation,
  type DecideSuggestionRequest,
  type Language,
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
import type { PlanSectionEntity } from '../plan-section.entity';
import { PlanRepository } from '../plan.repository';
import { toSuggestion } from '../plan.mapper';
import { PlanPolicy } from '../plan.policy';
import { PlanService } from '../plan.service';
import { sectionCodes } from '../plan-content';
import type { PlanSuggestionEntity } from './plan-suggestion.entity';
import { PlanSuggestionsRepository } from './plan-suggestions.repository';
import { answerProposalAsAction } from './proposal-answer';
import { PlanLanguagesService } from '../languages/plan-languages.service';
import { placeSuggestion } from './suggestion-placement';
import { isUuid } from '../../core/http/params';
import type { Parsed } from '../../core/errors/zod-validation';

const QUOTES_PER_SUGGESTION = 3;

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
    const repo = new PlanSuggestionsRepository(this.db.manager);
    const suggested = await repo.suggestedRefs(plan.id, kind);
    const rows = await repo.candidates(plan.consultationId, kind);
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
    const repo = new PlanSuggestionsRepository(manager);
    let label: string;
    let consultationId: string | null;
    let ids: string[];
    if (kind === 'theme') {
      const theme = await repo.theme(id);
      if (!theme) throw invalid();
      ({ label, consultationId } = theme);
      ids = await repo.themeContributions(id);
    } else if (kind === 'proposal') {
      const proposal = await repo.proposal(id);
      if (!proposal || proposal.status === 'draft') throw invalid();
      ({ label, consultationId } = proposal);
      ids = await repo.proposalContributions(id);
    } else {
      const c = await repo.keyPoint(id, kind);
      if (!c) throw invalid();
      label = c.text.length > 120 ? `${c.text.slice(0, 117)}…` : c.text;
      consultationId = c.consultationId;
      ids = [c.id];
    }
    if (plan.consultationId && consultationId !== plan.consultationId) throw invalid();
    return { label: label.slice(0, 300), contributionIds: ids };
  }

  async create(actor: UserEntity, planIdOrSlug: string, input: Parsed<typeof createSuggestionRequestSchema>): Promise<Suggestion> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const id = await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager);
      const repo = new PlanSuggestionsRepository(manager);
      const target = await repo.liveSection(plan.id, input.targetSectionId);
      if (!target) throw AppError.validation([{ path: 'targetSectionId', code: 'invalid' }]);
      this.checkTarget(input.kind, target, input.targetParagraphId, input.content);
      const { label, contributionIds } = await this.resolve(manager, plan, input.source.kind, input.source.id);
      const saved = await repo.insert({
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
      await repo.addSources(saved.id, contributionIds);
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
    const rows = await new PlanSuggestionsRepository(this.db.manager).page(plan.id, {
      status: query.status,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (s) => [s.createdAt.toISOString(), s.id]);
    return { items: await this.views(plan.id, page.items, actor.preferredLanguage), nextCursor: page.nextCursor };
  }

  async get(actor: UserEntity, planIdOrSlug: string, id: string): Promise<Suggestion> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    const plan = await this.plans.findPlan(planIdOrSlug);
    if (!isUuid(id)) throw AppError.notFound();
    const row = await new PlanSuggestionsRepository(this.db.manager).find(plan.id, id);
    if (!row) throw AppError.notFound();
    return (await this.views(plan.id, [row], actor.preferredLanguage))[0];
  }

  /** Views for a page of suggestions: counts and a few quotes each in two queries, codes from one section read. */
  private async views(planId: string, rows: PlanSuggestionEntity[], lang: Language): Promise<Suggestion[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const repo = new PlanSuggestionsRepository(this.db.manager);
    const counts = await repo.sourceCounts(ids);
    const quotes = await repo.quotes(ids, QUOTES_PER_SUGGESTION);
    const sections = await repo.sectionShapes(planId);
    const codes = sectionCodes(sections.filter((s) => !s.deletedAt));
    const names = await new PlanRepository(this.db.manager).userNames(rows.map((r) => r.decidedById));
    return rows.map((r) =>
      toSuggestion(r, {
        counts: counts.filter((x) => x.suggestionId === r.id),
        quotes: quotes.filter((q) => q.suggestionId === r.id).map((q) => q.quote),
        codes,
        decidedBy: r.decidedById ? (names.get(r.decidedById) ?? null) : null,
      }),
    );
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
      const draft = await new PlanSuggestionsRepository(this.db.manager).find(plan.id, id);
      if (!draft) throw AppError.notFound();
      prepared = await this.languages.fillContent((input.content as SectionContent | undefined) ?? draft.content, plan.languages);
    }
    const outcome = await this.db.transaction(async (manager) => {
      const plan = await this.plans.findPlan(planIdOrSlug, manager);
      const repo = new PlanSuggestionsRepository(manager);
      const suggestion = await repo.lock(plan.id, id);
      if (!suggestion) throw AppError.notFound();
      if (suggestion.status !== 'pending') throw new AppError('plan.suggestion_decided');
      const now = new Date();
      if (input.decision === 'reject') {
        await repo.update(id, { status: 'rejected', reason: input.reason, decidedById: actor.id, decidedAt: now });
        return null;
      }
      const { content, marks } = prepared!;
      const contributionIds = await repo.contributionsOf(id);
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
      await repo.linkProvenance({ planId: plan.id, sectionId, paragraphKey, suggestionId: id }, contributionIds);
      await repo.update(id, { status: 'accepted', content, resultSectionId: sectionId, decidedById: actor.id, decidedAt: now });
      return { sectionId, suggestion, content, plan };
    });
    if (outcome?.suggestion.sourceKind === 'proposal' && outcome.suggestion.kind === 'new_action') {
      const answer =
        input.decision === 'accept' && input.proposalAnswer
          ? input.proposalAnswer
          : pickTranslation(outcome.content.title, actor.preferredLanguage);
      await answerProposalAsAction(this.moduleRef, this.db.manager, actor, outcome.suggestion.sourceRef, outcome.sectionId, answer);
    }
    return this.get(actor, planIdOrSlug, id);
  }
}
