import type { Statement, SynthesisRun, SynthesisTheme, ThemeContribution, VoteChoice } from '@polyphony/contracts';
import type { StatementEntity } from './statement.entity';
import type { SynthesisRunEntity } from './synthesis-run.entity';
import type { SynthesisThemeEntity } from './synthesis-theme.entity';
import type { ThemeContributionRow } from './synthesis-themes.repository';

const CHOICE: Record<string, VoteChoice> = { '1': 'agree', '-1': 'disagree', '0': 'pass' };

export function toStatement(s: StatementEntity, myVote: number | null | undefined): Statement {
  return {
    id: s.id,
    consultationId: s.consultationId,
    roomId: s.roomId,
    text: s.text,
    language: s.language,
    origin: s.origin,
    contributionId: s.contributionId,
    hidden: s.hiddenAt !== null,
    agree: s.agree,
    disagree: s.disagree,
    pass: s.pass,
    myVote: myVote === null || myVote === undefined ? null : CHOICE[String(myVote)],
    createdAt: s.createdAt.toISOString(),
  };
}

export function toRun(r: SynthesisRunEntity): SynthesisRun {
  return {
    id: r.id,
    consultationId: r.consultationId,
    roomId: r.roomId,
    status: r.status,
    progress: r.progress,
    stage: r.stage,
    trigger: r.trigger,
    engine: r.engine,
    inputHash: r.inputHash,
    inputCount: r.inputCount,
    parameters: r.parameters,
    counts: r.counts,
    timings: r.timings,
    error: r.error,
    comparison: r.comparison,
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

/** A theme's size and breakdowns counted over the members a filter keeps. */
export interface FilteredBreakdowns {
  size: number;
  byCategory: Record<string, number>;
  byCountry: Record<string, number>;
  byLanguage: Record<string, number>;
  bySource: Record<string, number>;
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

export function toTheme(t: SynthesisThemeEntity, filtered?: FilteredBreakdowns, translated = false): SynthesisTheme {
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

/** A theme's contribution; a person's name only for those who may see personal data. */
export function toThemeContribution(r: ThemeContributionRow, personal: boolean): ThemeContribution {
  return {
    id: r.id,
    text: r.text,
    language: r.language,
    source: r.source,
    category: r.category,
    country: r.country,
    author: r.org_name ?? r.author_label ?? (personal ? r.user_name : null),
    createdAt: new Date(r.created_at).toISOString(),
  };
}
