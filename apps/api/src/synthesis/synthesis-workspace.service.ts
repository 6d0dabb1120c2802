import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  ContributionTheme,
  MergeThemesRequest,
  SplitThemeRequest,
  SynthesisTheme,
  ThemeContributionsQuery,
  ThemeFilters,
  Workspace,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { ConsultationsService } from '../consultations/consultations.service';
import { ConsultationsPolicy } from '../consultations/consultations.policy';
import type { UserEntity } from '../users/user.entity';
import { SynthesisRunEntity } from './synthesis-run.entity';
import { SynthesisThemeEntity } from './synthesis-theme.entity';
import { SynthesisPolicy } from './synthesis.policy';
import { SynthesisRunsService, toRun } from './synthesis-runs.service';
import { ThemeEditEntity } from './theme-edit.entity';
import { mergeThemes, splitTheme } from './theme-sets';
import { breakdowns, insertMembers, insertTheme, loadMeta, loadWorkingThemes, OTHER_POSITION, toTheme } from './theme-store';

/** The run's texts were read through their pivot translation (engine labels are then in Spanish). */
const translatedRun = (run: SynthesisRunEntity) => (run.counts?.translated ?? 0) > 0;

type Filtered = {
  size: number;
  byCategory: Record<string, number>;
  byCountry: Record<string, number>;
  byLanguage: Record<string, number>;
  bySource: Record<string, number>;
};

/** The officials' workspace: a run's themes with filters, hand edits, and provenance both ways. */
@Injectable()
export class SynthesisWorkspaceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly runs: SynthesisRunsService,
  ) {}

  /** The given run, or the latest finished run of the scope (null when there is none yet). */
  async workspace(
    consultationIdOrSlug: string,
    query: ThemeFilters & { runId?: string; roomId?: string },
    user: UserEntity,
  ): Promise<Workspace | null> {
    const { consultation, isFacilitator } = await this.consultations.findForUser(consultationIdOrSlug, user);
    if (!SynthesisPolicy.canSeeWorkspace(user, isFacilitator)) throw AppError.forbidden();
    const repo = this.db.getRepository(SynthesisRunEntity);
    const run = query.runId
      ? await repo.findOneBy({ id: query.runId, consultationId: consultation.id })
      : await repo
          .createQueryBuilder('r')
          .where('r.consultation_id = :id AND r.status = :s', { id: consultation.id, s: 'succeeded' })
          .andWhere(query.roomId ? 'r.room_id = :roomId' : 'r.room_id IS NULL', { roomId: query.roomId })
          .orderBy('r.created_at', 'DESC')
          .addOrderBy('r.id', 'DESC')
          .getOne();
    if (!run) {
      if (query.runId) throw AppError.notFound();
      return null;
    }
    return { run: toRun(run), themes: await this.themes(run.id, query, translatedRun(run)) };
  }

  private async themes(runId: string, filters: ThemeFilters, translated: boolean): Promise<SynthesisTheme[]> {
    const themes = await this.db.getRepository(SynthesisThemeEntity).find({ where: { runId }, order: { position: 'ASC' } });
    if (!filters.source && !filters.category && !filters.country) return themes.map((t) => toTheme(t, undefined, translated));
    // One grouped query gives each theme's filtered size and breakdowns.
    const rows: { theme_id: string; dim: string; value: string | null; n: number }[] = await this.db.query(
      `SELECT m.theme_id,
              CASE WHEN GROUPING(c.category) = 0 THEN 'category' WHEN GROUPING(c.country) = 0 THEN 'country' WHEN GROUPING(c.language) = 0 THEN 'language' ELSE 'source' END AS dim,
              COALESCE(c.category, c.country, c.language, c.source) AS value, count(*)::int AS n
       FROM synthesis_themes t JOIN synthesis_theme_members m ON m.theme_id = t.id JOIN contributions c ON c.id = m.contribution_id
       WHERE t.run_id = $1 AND ($2::text IS NULL OR c.source = $2) AND ($3::text IS NULL OR c.category = $3) AND ($4::text IS NULL OR c.country = $4)
       GROUP BY GROUPING SETS ((m.theme_id, c.category), (m.theme_id, c.country), (m.theme_id, c.language), (m.theme_id, c.source))`,
      [runId, filters.source ?? null, filters.category ?? null, filters.country ?? null],
    );
    const by = new Map<string, Filtered>();
    for (const r of rows) {
      const f = by.get(r.theme_id) ?? { size: 0, byCategory: {}, byCountry: {}, byLanguage: {}, bySource: {} };
      const key = r.value ?? 'unknown';
      if (r.dim === 'category') {
        f.byCategory[key] = r.n;
        f.size += r.n;
      } else if (r.dim === 'country') f.byCountry[key] = r.n;
      else if (r.dim === 'language') f.byLanguage[key] = r.n;
      else f.bySource[key] = r.n;
      by.set(r.theme_id, f);
    }
    const empty: Filtered = { size: 0, byCategory: {}, byCountry: {}, byLanguage: {}, bySource: {} };
    return themes.map((t) => toTheme(t, by.get(t.id) ?? empty, translated)).filter((t) => t.filteredSize > 0);
  }

  async contributions(themeId: string, query: ThemeContributionsQuery & { limit: number }, user: UserEntity) {
    const { theme } = await this.visibleTheme(themeId, user);
    const after = decodeCursor(query.cursor, 2);
    const rows: {
      id: string;
      text: string;
      language: string;
      source: string;
      category: string;
      country: string | null;
      created_at: Date;
      cursor_at: string;
      org_name: string | null;
      author_label: string | null;
      user_name: string | null;
    }[] = await this.db.query(
      `SELECT c.id, c.text, c.language, c.source, c.category, c.country, c.created_at,
              to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at, o.name AS org_name, c.author_label, u.display_name AS user_name
       FROM synthesis_theme_members m JOIN contributions c ON c.id = m.contribution_id
       LEFT JOIN organisations o ON o.id = c.author_organisation_id LEFT JOIN users u ON u.id = c.author_user_id
       WHERE m.theme_id = $1 AND ($2::text IS NULL OR c.source = $2) AND ($3::text IS NULL OR c.category = $3) AND ($4::text IS NULL OR c.country = $4)
         AND ($5::timestamptz IS NULL OR (c.created_at, c.id) < ($5::timestamptz, $6::uuid))
       ORDER BY c.created_at DESC, c.id DESC LIMIT $7`,
      [
        theme.id,
        query.source ?? null,
        query.category ?? null,
        query.country ?? null,
        after?.[0] ?? null,
        after?.[1] ?? null,
        query.limit + 1,
      ],
    );
    const personal = ConsultationsPolicy.canSeePersonalData(user);
    // Microsecond cursors: rows written in one transaction share created_at up to the microsecond.
    const page = toPage(rows, query.limit, (r) => [r.cursor_at, r.id]);
    return {
      items: page.items.map((r) => ({
        id: r.id,
        text: r.text,
        language: r.language,
        source: r.source,
        category: r.category,
        country: r.country,
        author: r.org_name ?? r.author_label ?? (personal ? r.user_name : null),
        createdAt: new Date(r.created_at).toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** The themes a contribution is in, in the latest finished run of each scope of its consultation. */
  async themesOfContribution(contributionId: string, user: UserEntity): Promise<ContributionTheme[]> {
    const [c] = await this.db.query(`SELECT consultation_id FROM contributions WHERE id = $1`, [contributionId]);
    if (!c?.consultation_id) throw AppError.notFound();
    await this.consultations.assertCanSeeData(c.consultation_id, user);
    const rows: { id: string; run_id: string; room_id: string | null; label: string; size: number }[] = await this.db.query(
      `WITH latest AS (
         SELECT DISTINCT ON (room_id) id FROM synthesis_runs WHERE consultation_id = $2 AND status = 'succeeded' ORDER BY room_id, created_at DESC, id DESC
       )
       SELECT t.id, t.run_id, r.room_id, t.label, t.size FROM synthesis_theme_members m
       JOIN synthesis_themes t ON t.id = m.theme_id JOIN synthesis_runs r ON r.id = m.run_id
       WHERE m.contribution_id = $1 AND m.run_id IN (SELECT id FROM latest) ORDER BY r.room_id NULLS FIRST`,
      [contributionId, c.consultation_id],
    );
    return rows.map((r) => ({ themeId: r.id, runId: r.run_id, roomId: r.room_id, label: r.label, size: r.size }));
  }

  async rename(themeId: string, label: string, user: UserEntity): Promise<SynthesisTheme> {
    const { theme, run } = await this.editableTheme(themeId, user);
    await this.db.transaction(async (m) => {
      const [working] = (await loadWorkingThemes(m, run.id)).filter((t) => t.id === theme.id);
      await m.getRepository(ThemeEditEntity).insert({
        consultationId: run.consultationId,
        roomId: run.roomId,
        kind: 'rename',
        memberSets: [working.memberIds],
        part: null,
        label,
        createdById: user.id,
      });
      await m.getRepository(SynthesisThemeEntity).update({ id: theme.id }, { label, renamed: true });
    });
    return toTheme((await this.db.getRepository(SynthesisThemeEntity).findOneBy({ id: theme.id }))!);
  }

  async merge(runId: string, body: MergeThemesRequest, user: UserEntity): Promise<SynthesisTheme> {
    const run = await this.editableRun(runId, user);
    const id = await this.db.transaction(async (m) => {
      await this.lockRun(m, run.id);
      const all = await loadWorkingThemes(m, run.id);
      const chosen = body.themeIds.map((id) => all.find((t) => t.id === id && t.origin !== 'other'));
      if (chosen.some((t) => !t)) throw AppError.notFound();
      const picked = chosen as (typeof all)[number][];
      const merged = mergeThemes(all, picked, body.label).find((t) => t.origin === 'merged' && !t.id)!;
      await m.getRepository(ThemeEditEntity).insert({
        consultationId: run.consultationId,
        roomId: run.roomId,
        kind: 'merge',
        memberSets: picked.map((t) => t.memberIds),
        part: null,
        label: body.label ?? null,
        createdById: user.id,
      });
      const position = Math.min(...picked.map((t) => t.position));
      const meta = await loadMeta(m, merged.memberIds);
      await m.query(`DELETE FROM synthesis_themes WHERE id = ANY($1::uuid[])`, [picked.map((t) => t.id)]);
      return insertTheme(m, run.id, position, merged, meta);
    });
    return toTheme((await this.db.getRepository(SynthesisThemeEntity).findOneBy({ id }))!, undefined, translatedRun(run));
  }

  async split(themeId: string, body: SplitThemeRequest, user: UserEntity): Promise<SynthesisTheme> {
    const { theme, run } = await this.editableTheme(themeId, user, true);
    const id = await this.db.transaction(async (m) => {
      await this.lockRun(m, run.id);
      const all = await loadWorkingThemes(m, run.id);
      const source = all.find((t) => t.id === theme.id)!;
      const part = body.contributionIds.filter((c) => source.memberIds.includes(c));
      if (!part.length || part.length === source.memberIds.length)
        throw AppError.validation([{ path: 'contributionIds', code: 'invalid' }]);
      const after = splitTheme(all, source, part, body.label);
      const rest = after.find((t) => t.id === source.id)!;
      const created = after.find((t) => t.origin === 'split' && !t.id)!;
      await m.getRepository(ThemeEditEntity).insert({
        consultationId: run.consultationId,
        roomId: run.roomId,
        kind: 'split',
        memberSets: [source.memberIds],
        part,
        label: body.label,
        createdById: user.id,
      });
      const meta = await loadMeta(m, source.memberIds);
      if (!created.quotes.length) created.quotes = part.slice(0, 3).map((p) => ({ id: p, text: meta.get(p)?.text ?? '', centrality: 0 }));
      await m
        .getRepository(SynthesisThemeEntity)
        .update({ id: source.id }, { size: rest.memberIds.length, quotes: rest.quotes, ...breakdowns(rest.memberIds, meta) });
      const position =
        source.origin === 'other'
          ? Math.max(-1, ...all.filter((t) => t.origin !== 'other').map((t) => t.position)) + 1
          : source.position + 1;
      await m.query(`UPDATE synthesis_themes SET position = position + 1 WHERE run_id = $1 AND position >= $2 AND position < $3`, [
        run.id,
        position,
        OTHER_POSITION,
      ]);
      await m.query(`DELETE FROM synthesis_theme_members WHERE theme_id = $1 AND contribution_id = ANY($2::uuid[])`, [source.id, part]);
      const row = await m.getRepository(SynthesisThemeEntity).save({
        runId: run.id,
        position,
        origin: 'split',
        label: created.label,
        renamed: true,
        keyPhrases: [],
        size: part.length,
        cohesion: created.cohesion,
        quotes: created.quotes,
        ...breakdowns(part, meta),
      });
      await insertMembers(m, run.id, row.id, part);
      return row.id;
    });
    return toTheme((await this.db.getRepository(SynthesisThemeEntity).findOneBy({ id }))!);
  }

  private async visibleTheme(themeId: string, user: UserEntity) {
    const theme = await this.db.getRepository(SynthesisThemeEntity).findOneBy({ id: themeId });
    if (!theme) throw AppError.notFound();
    const run = await this.runs.findVisible(theme.runId, user);
    return { theme, run };
  }

  private async editableTheme(themeId: string, user: UserEntity, allowOther = false) {
    const found = await this.visibleTheme(themeId, user);
    if (found.theme.origin === 'other' && !allowOther) throw AppError.notFound();
    await this.editableRun(found.run.id, user, found.run);
    return found;
  }

  /** Edits go to the latest finished run of a scope (they are kept for the runs after it). */
  private async editableRun(runId: string, user: UserEntity, known?: SynthesisRunEntity) {
    const run = known ?? (await this.runs.findVisible(runId, user));
    if (!SynthesisPolicy.canEditThemes(user)) throw AppError.forbidden();
    if (run.status !== 'succeeded') throw AppError.conflict('synthesis.run_not_ready');
    const [latest] = await this.db.query(
      `SELECT id FROM synthesis_runs WHERE consultation_id = $1 AND room_id IS NOT DISTINCT FROM $2 AND status = 'succeeded' ORDER BY created_at DESC, id DESC LIMIT 1`,
      [run.consultationId, run.roomId],
    );
    if (latest?.id !== run.id) throw AppError.conflict('synthesis.not_latest_run');
    return run;
  }

  /** Edits of one run happen one at a time. */
  private lockRun(m: EntityManager, runId: string) {
    return m.query(`SELECT id FROM synthesis_runs WHERE id = $1 FOR UPDATE`, [runId]);
  }
}
