import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { pickTranslation, type ContributionFate, type FateStage, type Language, type Page } from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import { decodeCursor, toPage } from '../../core/http/cursor';
import type { UserEntity } from '../../users/user.entity';
import { PlanPolicy } from '../plan.policy';
import { sectionCodes } from '../plan-content';
import { contributionOrigins } from './contribution-origins';
import { isUuid } from '../../core/http/params';

interface ContributionRow {
  id: string;
  text: string;
  language: string;
  source: ContributionFate['source'];
  source_ref: string;
  consultation_id: string | null;
  created_at: Date;
}

/**
 * "You said, we did": what became of each contribution, in a handful of queries per page (never per
 * row): the theme it fell into (latest synthesis of its consultation), the suggestions made from it,
 * the plan sections it stands behind with the first version that carried them, the official answer.
 */
@Injectable()
export class PlanFatesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mine(viewer: UserEntity, query: { cursor?: string; limit: number }) {
    return this.page(`c.author_user_id = $1`, [viewer.id], query, viewer.preferredLanguage);
  }

  /** What an organisation said in interviews and proposals: for officials and the organisation's active members. */
  async organisation(viewer: UserEntity, organisationId: string, query: { cursor?: string; limit: number }) {
    if (!isUuid(organisationId)) throw AppError.notFound();
    if (!PlanPolicy.canSeeDraft(viewer)) {
      const [member] = await this.db.query(
        `SELECT 1 FROM organisation_memberships WHERE organisation_id = $1 AND user_id = $2 AND status = 'active'`,
        [organisationId, viewer.id],
      );
      if (!member) throw AppError.forbidden();
    }
    return this.page(
      `c.author_organisation_id = $1 AND c.source IN ('interview_key_point', 'proposal')`,
      [organisationId],
      query,
      viewer.preferredLanguage,
    );
  }

  /** One contribution's fate: its author or an official. */
  async one(viewer: UserEntity, contributionId: string): Promise<ContributionFate> {
    if (!isUuid(contributionId)) throw AppError.notFound();
    const rows: (ContributionRow & { author_user_id: string | null })[] = await this.db.query(
      `SELECT id, text, language, source, source_ref, consultation_id, created_at, author_user_id FROM contributions WHERE id = $1 AND hidden_at IS NULL`,
      [contributionId],
    );
    if (!rows.length) throw AppError.notFound();
    if (rows[0].author_user_id !== viewer.id && !PlanPolicy.canSeeDraft(viewer)) throw AppError.notFound();
    return (await this.fates(rows, viewer.preferredLanguage))[0];
  }

  private async page(
    where: string,
    params: unknown[],
    query: { cursor?: string; limit: number },
    lang: Language,
  ): Promise<Page<ContributionFate>> {
    const after = decodeCursor(query.cursor, 2);
    const all = [...params, query.limit + 1];
    let keyset = '';
    if (after) {
      all.push(after[0], after[1]);
      keyset = ` AND (c.created_at, c.id) < ($${all.length - 1}::timestamptz, $${all.length}::uuid)`;
    }
    const rows: ContributionRow[] = await this.db.query(
      `SELECT c.id, c.text, c.language, c.source, c.source_ref, c.consultation_id, c.created_at FROM contributions c
       WHERE ${where} AND c.hidden_at IS NULL${keyset} ORDER BY c.created_at DESC, c.id DESC LIMIT $${params.length + 1}`,
      all,
    );
    const page = toPage(rows, query.limit, (r) => [new Date(r.created_at).toISOString(), r.id]);
    return { items: await this.fates(page.items, lang), nextCursor: page.nextCursor };
  }

  async fates(rows: ContributionRow[], lang: Language): Promise<ContributionFate[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const consultationIds = [...new Set(rows.map((r) => r.consultation_id).filter((x): x is string => !!x))];
    const [consultations, themes, suggestions, links, annotations, proposals] = await Promise.all([
      consultationIds.length ? this.db.query(`SELECT id, slug, title FROM consultations WHERE id = ANY($1)`, [consultationIds]) : [],
      consultationIds.length
        ? this.db.query(
            `SELECT m.contribution_id, t.id, t.label FROM synthesis_theme_members m JOIN synthesis_themes t ON t.id = m.theme_id
             WHERE m.contribution_id = ANY($1) AND m.run_id IN (
               SELECT DISTINCT ON (consultation_id) id FROM synthesis_runs WHERE consultation_id = ANY($2) AND room_id IS NULL AND status = 'succeeded' ORDER BY consultation_id, created_at DESC)`,
            [ids, consultationIds],
          )
        : [],
      this.db.query(
        `SELECT s.contribution_id, g.id, g.kind, g.status, g.reason, g.target_section_id, g.plan_id FROM plan_suggestion_sources s JOIN plan_suggestions g ON g.id = s.suggestion_id
         WHERE s.contribution_id = ANY($1) ORDER BY g.created_at`,
        [ids],
      ),
      this.db.query(
        `SELECT p.contribution_id, p.section_id, p.plan_id, pl.slug, sec.kind, sec.deleted_at, sec.content->'title' AS title, v.number, v.name, v.code
         FROM plan_provenance p JOIN plan_sections sec ON sec.id = p.section_id JOIN plans pl ON pl.id = p.plan_id
         LEFT JOIN LATERAL (
           SELECT pv.number, pv.name, vs.code FROM plan_version_sections vs JOIN plan_versions pv ON pv.id = vs.version_id
           WHERE vs.section_id = p.section_id AND pv.created_at >= p.created_at ORDER BY pv.number LIMIT 1
         ) v ON true
         WHERE p.contribution_id = ANY($1) ORDER BY p.created_at`,
        [ids],
      ),
      this.db.query(`SELECT id::text AS ref, status, answer FROM plan_annotations WHERE id::text = ANY($1)`, [
        rows.filter((r) => r.source === 'plan_annotation').map((r) => r.source_ref),
      ]),
      this.proposalAnswers(rows.filter((r) => r.source === 'proposal').map((r) => r.source_ref)),
    ]);
    const planIds = [...new Set([...links, ...suggestions].map((l: any) => l.plan_id))];
    const codes = new Map<string, string>();
    if (planIds.length) {
      const sections = await this.db.query(
        `SELECT id, kind, parent_id AS "parentId", position FROM plan_sections WHERE plan_id = ANY($1) AND deleted_at IS NULL`,
        [planIds],
      );
      for (const [k, v] of sectionCodes(sections)) codes.set(k, v);
    }
    const origins = await contributionOrigins(this.db, rows, lang);
    const consultationById = new Map(consultations.map((c: any) => [c.id, c]));
    const annotationByRef = new Map(annotations.map((a: any) => [a.ref, a]));
    return rows.map((r) => {
      const c: any = r.consultation_id ? consultationById.get(r.consultation_id) : null;
      const mine = <T extends { contribution_id: string }>(list: T[]) => list.filter((x) => x.contribution_id === r.id);
      const inclusions = mine(links as any[]).map((l: any) => ({
        planSlug: l.slug,
        sectionId: l.section_id,
        kind: l.kind,
        code: l.code ?? codes.get(l.section_id) ?? '',
        title: pickTranslation(l.title ?? {}, lang),
        versionNumber: l.number ?? null,
        versionName: l.name ?? null,
        removed: !!l.deleted_at,
      }));
      const sugg = mine(suggestions as any[]).map((s: any) => ({
        id: s.id,
        kind: s.kind,
        status: s.status,
        reason: s.reason,
        targetCode: codes.get(s.target_section_id) ?? '',
      }));
      const annotation: any =
        r.source === 'plan_annotation' ? annotationByRef.get(r.source_ref) : r.source === 'proposal' ? proposals.get(r.source_ref) : null;
      const answer = annotation && annotation.status !== 'open' ? { status: annotation.status, text: annotation.answer ?? null } : null;
      const themeList = mine(themes as any[]).map((t: any) => ({ id: t.id, label: t.label }));
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
  private async proposalAnswers(proposalIds: string[]): Promise<Map<string, { status: string; answer: string | null }>> {
    const wanted = proposalIds.filter((id) => isUuid(id));
    if (!wanted.length) return new Map();
    const rows: { id: string; status: string; text: string | null }[] = await this.db.query(
      `SELECT p.id, p.status, (SELECT s.text FROM proposal_status_changes s WHERE s.proposal_id = p.id ORDER BY s.created_at DESC LIMIT 1) AS text
       FROM proposals p WHERE p.id = ANY($1::uuid[])`,
      [wanted],
    );
    const status = (s: string) =>
      s === 'accepted' || s === 'partially_accepted' ? 'accepted' : s === 'not_retained' || s === 'merged' ? 'not_retained' : 'open';
    return new Map(rows.map((r) => [r.id, { status: status(r.status), answer: r.text || null }]));
  }
}
