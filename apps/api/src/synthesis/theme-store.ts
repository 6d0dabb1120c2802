import type { EntityManager } from 'typeorm';
import type { SynthesisTheme } from '@polyphony/contracts';
import { SynthesisThemeEntity } from './synthesis-theme.entity';
import { tally, type WorkingTheme } from './theme-sets';

export interface MemberMeta {
  category: string;
  country: string | null;
  language: string;
  source: string;
}

/** The "other" bucket sorts after every theme. */
export const OTHER_POSITION = 1_000_000;

export function breakdowns(memberIds: readonly string[], meta: ReadonlyMap<string, MemberMeta>) {
  const rows = memberIds.map((id) => meta.get(id));
  return {
    byCategory: tally(rows.map((r) => r?.category)),
    byCountry: tally(rows.map((r) => r?.country)),
    byLanguage: tally(rows.map((r) => r?.language)),
    bySource: tally(rows.map((r) => r?.source)),
  };
}

export async function loadMeta(manager: EntityManager, ids: readonly string[]): Promise<Map<string, MemberMeta & { text: string }>> {
  const rows: (MemberMeta & { id: string; text: string })[] = await manager.query(
    `SELECT id, category, country, language, source, text FROM contributions WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Inserts a theme and its members; returns the theme's id. */
export async function insertTheme(
  manager: EntityManager,
  runId: string,
  position: number,
  theme: WorkingTheme,
  meta: ReadonlyMap<string, MemberMeta>,
): Promise<string> {
  const row = await manager.getRepository(SynthesisThemeEntity).save({
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
  await insertMembers(manager, runId, row.id, theme.memberIds);
  return row.id;
}

export async function insertMembers(manager: EntityManager, runId: string, themeId: string, memberIds: readonly string[]) {
  const CHUNK = 20_000;
  for (let i = 0; i < memberIds.length; i += CHUNK) {
    await manager.query(`INSERT INTO synthesis_theme_members (theme_id, contribution_id, run_id) SELECT $1, unnest($2::uuid[]), $3`, [
      themeId,
      memberIds.slice(i, i + CHUNK),
      runId,
    ]);
  }
}

/** A run's themes as working themes (members included), in order. */
export async function loadWorkingThemes(
  manager: EntityManager,
  runId: string,
): Promise<(WorkingTheme & { id: string; position: number })[]> {
  const themes = await manager.getRepository(SynthesisThemeEntity).find({ where: { runId }, order: { position: 'ASC' } });
  const members: { theme_id: string; ids: string[] }[] = await manager.query(
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

/**
 * The language a theme's label is in: an official's own words are not known (null: the reader's page
 * detects them); the engine writes in its pivot (Spanish) when the run's texts were translated, else in
 * the language most of the theme's members wrote in.
 */
export function labelLanguageOf(t: Pick<SynthesisThemeEntity, 'renamed' | 'origin' | 'byLanguage'>, translated: boolean): string | null {
  if (t.renamed || t.origin === 'split' || t.origin === 'other') return null;
  if (translated) return 'es';
  const [top] = Object.entries(t.byLanguage ?? {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return top && top[0] !== 'und' && top[0] !== 'unknown' ? top[0] : null;
}

export function toTheme(
  t: SynthesisThemeEntity,
  filtered?: {
    size: number;
    byCategory: Record<string, number>;
    byCountry: Record<string, number>;
    byLanguage: Record<string, number>;
    bySource: Record<string, number>;
  },
  translated = false,
): SynthesisTheme {
  return {
    id: t.id,
    runId: t.runId,
    position: t.position,
    origin: t.origin,
    label: t.label,
    labelLanguage: labelLanguageOf(t, translated),
    keyPhrases: t.keyPhrases,
    renamed: t.renamed,
    size: t.size,
    filteredSize: filtered ? filtered.size : t.size,
    cohesion: t.cohesion,
    quotes: t.quotes,
    byCategory: filtered?.byCategory ?? t.byCategory,
    byCountry: filtered?.byCountry ?? t.byCountry,
    byLanguage: filtered?.byLanguage ?? t.byLanguage,
    bySource: filtered?.bySource ?? t.bySource,
  };
}
