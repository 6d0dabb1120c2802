import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { ContributionTheme, ThemeFilters } from '@polyphony/contracts';
import { SynthesisThemeEntity } from './synthesis-theme.entity';
import type { FilteredBreakdowns } from './synthesis.mapper';
import { breakdowns, type MemberMeta, type WorkingTheme } from './theme-sets';

/**
 * Each theme's size and breakdowns over the members the filters keep (source $2, category $3,
 * country $4; null keeps all), in one grouped statement over the run's ($1) members.
 */
export const FILTERED_BREAKDOWNS_SQL = `SELECT m.theme_id,
              CASE WHEN GROUPING(c.category) = 0 THEN 'category' WHEN GROUPING(c.country) = 0 THEN 'country' WHEN GROUPING(c.language) = 0 THEN 'language' ELSE 'source' END AS dim,
              COALESCE(c.category, c.country, c.language, c.source) AS value, count(*)::int AS n
       FROM synthesis_themes t JOIN synthesis_theme_members m ON m.theme_id = t.id JOIN contributions c ON c.id = m.contribution_id
       WHERE t.run_id = $1 AND ($2::text IS NULL OR c.source = $2) AND ($3::text IS NULL OR c.category = $3) AND ($4::text IS NULL OR c.country = $4)
       GROUP BY GROUPING SETS ((m.theme_id, c.category), (m.theme_id, c.country), (m.theme_id, c.language), (m.theme_id, c.source))`;

/** A page of a theme's contributions, newest first, filtered like the workspace. */
export interface ThemeContributionsPage extends ThemeFilters {
  themeId: string;
  after: (string | number)[] | undefined;
  limit: number;
}

/** One row of a theme's contributions page, as read (the author's name is kept for those who may see it). */
export interface ThemeContributionRow {
  id: string;
  text: string;
  language: string;
  source: string;
  category: string;
  country: string | null;
  created_at: Date;
  /** The keyset cursor's time, to the microsecond. */
  cursor_at: string;
  org_name: string | null;
  author_label: string | null;
  user_name: string | null;
}

type ThemePatch = QueryDeepPartialEntity<SynthesisThemeEntity>;

/** A run's themes, their members and their contributions. */
export class SynthesisThemesRepository {
  constructor(private readonly manager: EntityManager) {}

  private get themes() {
    return this.manager.getRepository(SynthesisThemeEntity);
  }

  find(id: string): Promise<SynthesisThemeEntity | null> {
    return this.themes.findOneBy({ id });
  }

  async get(id: string): Promise<SynthesisThemeEntity> {
    return (await this.themes.findOneBy({ id }))!;
  }

  ofRun(runId: string): Promise<SynthesisThemeEntity[]> {
    return this.themes.find({ where: { runId }, order: { position: 'ASC' } });
  }

  /** Each theme's filtered size and breakdowns, by theme id (themes with no member kept are absent). */
  async filteredBreakdowns(runId: string, filters: ThemeFilters): Promise<Map<string, FilteredBreakdowns>> {
    const rows: { theme_id: string; dim: string; value: string | null; n: number }[] = await this.manager.query(FILTERED_BREAKDOWNS_SQL, [
      runId,
      filters.source ?? null,
      filters.category ?? null,
      filters.country ?? null,
    ]);
    const by = new Map<string, FilteredBreakdowns>();
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
    return by;
  }

  /** One more row than the limit, to know whether a next page exists. */
  contributions(q: ThemeContributionsPage): Promise<ThemeContributionRow[]> {
    return this.manager.query(
      `SELECT c.id, c.text, c.language, c.source, c.category, c.country, c.created_at,
              to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at, o.name AS org_name, c.author_label, u.display_name AS user_name
       FROM synthesis_theme_members m JOIN contributions c ON c.id = m.contribution_id
       LEFT JOIN organisations o ON o.id = c.author_organisation_id LEFT JOIN users u ON u.id = c.author_user_id
       WHERE m.theme_id = $1 AND ($2::text IS NULL OR c.source = $2) AND ($3::text IS NULL OR c.category = $3) AND ($4::text IS NULL OR c.country = $4)
         AND ($5::timestamptz IS NULL OR (c.created_at, c.id) < ($5::timestamptz, $6::uuid))
       ORDER BY c.created_at DESC, c.id DESC LIMIT $7`,
      [q.themeId, q.source ?? null, q.category ?? null, q.country ?? null, q.after?.[0] ?? null, q.after?.[1] ?? null, q.limit + 1],
    );
  }

  /** The themes a contribution is in, in the latest finished run of each scope of its consultation. */
  async themesOfContribution(contributionId: string, consultationId: string): Promise<ContributionTheme[]> {
    const rows: { id: string; run_id: string; room_id: string | null; label: string; size: number }[] = await this.manager.query(
      `WITH latest AS (
         SELECT DISTINCT ON (room_id) id FROM synthesis_runs WHERE consultation_id = $2 AND status = 'succeeded' ORDER BY room_id, created_at DESC, id DESC
       )
       SELECT t.id, t.run_id, r.room_id, t.label, t.size FROM synthesis_theme_members m
       JOIN synthesis_themes t ON t.id = m.theme_id JOIN synthesis_runs r ON r.id = m.run_id
       WHERE m.contribution_id = $1 AND m.run_id IN (SELECT id FROM latest) ORDER BY r.room_id NULLS FIRST`,
      [contributionId, consultationId],
    );
    return rows.map((r) => ({ themeId: r.id, runId: r.run_id, roomId: r.room_id, label: r.label, size: r.size }));
  }

  /** What the breakdowns count, and the texts quotes are taken from, for the given contributions. */
  async meta(ids: readonly string[]): Promise<Map<string, MemberMeta & { text: string }>> {
    const rows: (MemberMeta & { id: string; text: string })[] = await this.manager.query(
      `SELECT id, category, country, language, source, text FROM contributions WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Inserts a theme and its members; returns the theme's id. */
  async insert(runId: string, position: number, theme: WorkingTheme, meta: ReadonlyMap<string, MemberMeta>): Promise<string> {
    const row = await this.themes.save({
      runId,
      position,
      origin: theme.origin,
      label: theme.label.slice(0, 200),
      renamed: theme.renamed,
      keyPhrases: theme.keyPhrases,
      size: theme.memberIds.length,
      cohesion: theme.cohesion,
      quotes: theme.quotes,
      ...breakdowns(theme.memberIds, meta),
    });
    await this.insertMembers(runId, row.id, theme.memberIds);
    return row.id;
  }

  async insertMembers(runId: string, themeId: string, memberIds: readonly string[]): Promise<void> {
    const CHUNK = 20_000;
    for (let i = 0; i < memberIds.length; i += CHUNK) {
      await this.manager.query(
        `INSERT INTO synthesis_theme_members (theme_id, contribution_id, run_id) SELECT $1, unnest($2::uuid[]), $3`,
        [themeId, memberIds.slice(i, i + CHUNK), runId],
      );
    }
  }

  /** A run's themes as working themes (members included), in order. */
  async working(runId: string): Promise<(WorkingTheme & { id: string; position: number })[]> {
    const themes = await this.ofRun(runId);
    const members: { theme_id: string; ids: string[] }[] = await this.manager.query(
      `SELECT m.theme_id, array_agg(m.contribution_id::text ORDER BY m.contribution_id) AS ids
       FROM synthesis_themes t JOIN synthesis_theme_members m ON m.theme_id = t.id WHERE t.run_id = $1 GROUP BY m.theme_id`,
      [runId],
    );
    const byTheme = new Map(members.map((m) => [m.theme_id, m.ids]));
    return themes.map((t) => ({
      id: t.id,
      position: t.position,
      origin: t.origin as WorkingTheme['origin'],
      label: t.label,
      renamed: t.renamed,
      keyPhrases: t.keyPhrases,
      memberIds: byTheme.get(t.id) ?? [],
      quotes: t.quotes,
      cohesion: t.cohesion,
    }));
  }

  async update(id: string, patch: ThemePatch): Promise<void> {
    await this.themes.update({ id }, patch);
  }

  async remove(ids: string[]): Promise<void> {
    await this.manager.query(`DELETE FROM synthesis_themes WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Makes room at `from` (up to `to`, excluded) by moving the run's themes there one place down. */
  async shiftPositions(runId: string, from: number, to: number): Promise<void> {
    await this.manager.query(`UPDATE synthesis_themes SET position = position + 1 WHERE run_id = $1 AND position >= $2 AND position < $3`, [
      runId,
      from,
      to,
    ]);
  }

  async removeMembers(themeId: string, contributionIds: string[]): Promise<void> {
    await this.manager.query(`DELETE FROM synthesis_theme_members WHERE theme_id = $1 AND contribution_id = ANY($2::uuid[])`, [
      themeId,
      contributionIds,
    ]);
  }

  /** Saves a new theme row as given (its members are inserted apart); returns its id. */
  async save(theme: Omit<SynthesisThemeEntity, 'id' | 'run'>): Promise<string> {
    return (await this.themes.save(theme)).id;
  }
}
