import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  pickTranslation,
  type AnnotationStatus,
  type ContributionFate,
  type FateStage,
  type Language,
  type Page,
} from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import { decodeCursor, toPage } from '../../core/http/cursor';
import type { UserEntity } from '../../users/user.entity';
import { PlanPolicy } from '../plan.policy';
import { sectionCodes } from '../plan-content';
import { contributionOrigins } from './contribution-origins';
import { PlanFatesRepository, type ContributionRow } from './plan-fates.repository';
import { isUuid } from '../../core/http/params';

/**
 * "You said, we did": what became of each contribution, in a handful of queries per page (never per
 * row): the theme it fell into (latest synthesis of its consultation), the suggestions made from it,
 * the plan sections it stands behind with the first version that carried them, the official answer.
 */
@Injectable()
export class PlanFatesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mine(viewer: UserEntity, query: { cursor?: string; limit: number }) {
    return this.page({ authorUserId: viewer.id }, query, viewer.preferredLanguage);
  }

  /** What an organisation said in interviews and proposals: for officials and the organisation's active members. */
  async organisation(viewer: UserEntity, organisationId: string, query: { cursor?: string; limit: number }) {
    if (!isUuid(organisationId)) throw AppError.notFound();
    if (!PlanPolicy.canSeeDraft(viewer)) {
      if (!(await this.repo().isActiveMember(organisationId, viewer.id))) throw AppError.forbidden();
    }
    return this.page({ organisationId }, query, viewer.preferredLanguage);
  }

  /** One contribution's fate: its author or an official. */
  async one(viewer: UserEntity, contributionId: string): Promise<ContributionFate> {
    if (!isUuid(contributionId)) throw AppError.notFound();
    const row = await this.repo().contribution(contributionId);
    if (!row) throw AppError.notFound();
    if (row.author_user_id !== viewer.id && !PlanPolicy.canSeeDraft(viewer)) throw AppError.notFound();
    return (await this.fates([row], viewer.preferredLanguage))[0];
  }

  private repo() {
    return new PlanFatesRepository(this.db.manager);
  }

  private async page(
    of: { authorUserId: string } | { organisationId: string },
    query: { cursor?: string; limit: number },
    lang: Language,
  ): Promise<Page<ContributionFate>> {
    const rows = await this.repo().page(of, decodeCursor(query.cursor, 2), query.limit);
    const page = toPage(rows, query.limit, (r) => [new Date(r.created_at).toISOString(), r.id]);
    return { items: await this.fates(page.items, lang), nextCursor: page.nextCursor };
  }

  async fates(rows: ContributionRow[], lang: Language): Promise<ContributionFate[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const consultationIds = [...new Set(rows.map((r) => r.consultation_id).filter((x): x is string => !!x))];
    const repo = this.repo();
    const [consultations, themes, suggestions, links, annotations, proposals] = await Promise.all([
      repo.consultations(consultationIds),
      repo.themes(ids, consultationIds),
      repo.suggestions(ids),
      repo.inclusions(ids),
      repo.annotationAnswers(rows.filter((r) => r.source === 'plan_annotation').map((r) => r.source_ref)),
      this.proposalAnswers(rows.filter((r) => r.source === 'proposal').map((r) => r.source_ref)),
    ]);
    const planIds = [...new Set([...links, ...suggestions].map((l) => l.plan_id))];
    const codes = planIds.length ? sectionCodes(await repo.liveSections(planIds)) : new Map<string, string>();
    const origins = await contributionOrigins(repo, rows, lang);
    const consultationById = new Map(consultations.map((c) => [c.id, c]));
    const annotationByRef = new Map(annotations.map((a) => [a.ref, a]));
    return rows.map((r) => {
      const c = r.consultation_id ? consultationById.get(r.consultation_id) : null;
      const mine = <T extends { contribution_id: string }>(list: T[]) => list.filter((x) => x.contribution_id === r.id);
      const inclusions = mine(links).map((l) => ({
        planSlug: l.slug,
        sectionId: l.section_id,
        kind: l.kind,
        code: l.code ?? codes.get(l.section_id) ?? '',
        title: pickTranslation(l.title ?? {}, lang),
        versionNumber: l.number ?? null,
        versionName: l.name ?? null,
        removed: !!l.deleted_at,
      }));
      const sugg = mine(suggestions).map((s) => ({
        id: s.id,
        kind: s.kind,
        status: s.status,
        reason: s.reason,
        targetCode: codes.get(s.target_section_id) ?? '',
      }));
      const annotation =
        r.source === 'plan_annotation' ? annotationByRef.get(r.source_ref) : r.source === 'proposal' ? proposals.get(r.source_ref) : null;
      const answer = annotation && annotation.status !== 'open' ? { status: annotation.status, text: annotation.answer ?? null } : null;
      const themeList = mine(themes).map((t) => ({ id: t.id, label: t.label }));
      let stage: FateStage = 'received';
      if (inclusions.some((i) => i.versionNumber !== null)) stage = 'included';
      else if (inclusions.length) stage = 'in_draft';
      else if (sugg.some((s) => s.status === 'pending')) stage = 'suggested';
      else if (sugg.some((s) => s.status === 'rejected') || answer?.status === 'not_retained') stage = 'not_retained';
      else if (answer) stage = 'answered';
      else if (themeList.length) stage = 'in_theme';
      return {
        contributionId: r.id,
        text: r.text,
        language: r.language,
        source: r.source,
        createdAt: new Date(r.created_at).toISOString(),
        consultation: c ? { id: c.id, slug: c.slug, title: c.title } : null,
        origin: origins.get(r.id) ?? null,
        stage,
        themes: themeList,
        suggestions: sugg,
        inclusions,
        answer,
      };
    });
  }

  /** A proposal's official answer (the proposals feature's status and its latest public text). */
  private async proposalAnswers(proposalIds: string[]): Promise<Map<string, { status: AnnotationStatus; answer: string | null }>> {
    const wanted = proposalIds.filter((id) => isUuid(id));
    if (!wanted.length) return new Map();
    const rows = await this.repo().proposalAnswers(wanted);
    const status = (s: string): AnnotationStatus =>
      s === 'accepted' || s === 'partially_accepted' ? 'accepted' : s === 'not_retained' || s === 'merged' ? 'not_retained' : 'open';
    return new Map(rows.map((r) => [r.id, { status: status(r.status), answer: r.text || null }]));
  }
}
