import {
  LANGUAGES,
  SUMMARY_SECTIONS,
  type AnnualSummary,
  type AnnualSummaryListItem,
  type Language,
  type TranslatedText,
} from '@polyphony/contracts';
import { renderMarkdown } from '../core/text/markdown';
import type { PlanEntity } from '../plan/plan.entity';
import { plainText } from '../plan/exports/plan-document';
import type { AnnualSummaryEntity } from './annual-summary.entity';
import type { SummaryListRow } from './annual-summaries.repository';

const TEASER = 260;

const teaser = (text: TranslatedText | undefined): TranslatedText =>
  Object.fromEntries(
    Object.entries(text ?? {}).map(([lang, md]) => {
      const plain = plainText(md ?? '').replace(/\s+/g, ' ');
      return [lang, plain.length > TEASER ? `${plain.slice(0, TEASER - 1).replace(/\s+\S*$/, '')}…` : plain];
    }),
  );

export const toSummaryListItem = (r: SummaryListRow): AnnualSummaryListItem => ({
  id: r.id,
  plan: { id: r.plan_id, slug: r.slug, title: r.title },
  year: r.year,
  version: r.version,
  status: r.status,
  generatedAt: new Date(r.generated_at).toISOString(),
  publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
  key: r.key,
  teaser: teaser(r.introduction ?? undefined),
});

/** A summary as its page shows it, with the year's versions and what the viewer may do. */
export function toAnnualSummary(
  row: AnnualSummaryEntity,
  plan: Pick<PlanEntity, 'id' | 'slug' | 'title'>,
  versions: AnnualSummaryEntity[],
  /** The viewer may manage summaries (SummariesPolicy.canManage). */
  canManage: boolean,
): AnnualSummary {
  const later = versions.filter((v) => v.status === 'published' && v.version > row.version).sort((a, b) => a.version - b.version)[0];
  const narrativeHtml: AnnualSummary['narrativeHtml'] = {};
  for (const section of SUMMARY_SECTIONS) {
    const texts = row.narrative[section];
    if (!texts) continue;
    narrativeHtml[section] = Object.fromEntries(
      LANGUAGES.filter((l) => texts[l]).map((l: Language) => [l, renderMarkdown(texts[l]!).trim()]),
    );
  }
  const draft = row.status === 'draft';
  return {
    id: row.id,
    plan: { id: plan.id, slug: plan.slug, title: plan.title },
    year: row.year,
    version: row.version,
    status: row.status,
    revision: row.revision,
    figures: row.figures,
    narrative: row.narrative,
    narrativeHtml,
    correctionReason: row.correctionReason,
    generatedAt: row.generatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    supersededBy: row.status === 'published' && later ? later.version : null,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      correctionReason: v.correctionReason,
    })),
    can: { edit: draft && canManage, publish: draft && canManage },
  };
}
