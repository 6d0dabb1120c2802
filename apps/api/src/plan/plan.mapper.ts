import type {
  Annotation,
  Plan,
  PlanListItem,
  PlanSection,
  PlanSectionKind,
  PlanVersionSummary,
  Quote,
  SectionContent,
  SourcesSummary,
  Suggestion,
  TranslatedText,
} from '@polyphony/contracts';
import type { PlanEntity } from './plan.entity';
import type { PlanVersionEntity } from './versions/plan-version.entity';
import type { PlanSuggestionEntity } from './suggestions/plan-suggestion.entity';
import type { PlanAnnotationEntity } from './review/plan-annotation.entity';
import { renderMarkdown } from '../core/text/markdown';

export interface RawSection {
  id: string;
  kind: PlanSectionKind;
  parentId: string | null;
  position: number;
  revision: number;
  code: string;
  content: SectionContent;
  html: Record<string, TranslatedText>;
  updatedAt: Date;
  updatedBy: string | null;
}

export const emptySummary = (): SourcesSummary => ({ total: 0, byCategory: {}, bySource: {}, byParagraph: {} });

/** One grouped provenance count (plan.repository.ts `sourceCounts`). */
export interface SourceCountRow {
  section_id: string;
  paragraph_key: string;
  category: string;
  source: string;
  n: number;
}

/** Provenance counts per section: per category, per source kind, per paragraph. */
export function toSourcesSummaries(rows: SourceCountRow[]): Map<string, SourcesSummary> {
  const out = new Map<string, SourcesSummary>();
  for (const r of rows) {
    let s = out.get(r.section_id);
    if (!s) out.set(r.section_id, (s = emptySummary()));
    s.total += r.n;
    const byCategory = s.byCategory as Record<string, number>;
    const bySource = s.bySource as Record<string, number>;
    byCategory[r.category] = (byCategory[r.category] ?? 0) + r.n;
    bySource[r.source] = (bySource[r.source] ?? 0) + r.n;
    s.byParagraph[r.paragraph_key] = (s.byParagraph[r.paragraph_key] ?? 0) + r.n;
  }
  return out;
}

export function toSectionView(s: RawSection, sources: Map<string, SourcesSummary>): PlanSection {
  return {
    id: s.id,
    kind: s.kind,
    parentId: s.parentId,
    position: s.position,
    code: s.code,
    revision: s.revision,
    content: s.content,
    html: s.html ?? {},
    sources: sources.get(s.id) ?? emptySummary(),
    updatedAt: s.updatedAt.toISOString(),
    updatedBy: s.updatedBy,
  };
}

export function toVersionSummary(
  v: Pick<PlanVersionEntity, 'id' | 'number' | 'name' | 'note' | 'review' | 'createdAt'> & { createdByName?: string | null },
  annotations: number,
): PlanVersionSummary {
  return {
    id: v.id,
    number: v.number,
    name: v.name,
    note: v.note,
    review: v.review,
    createdAt: v.createdAt.toISOString(),
    createdBy: v.createdByName ?? null,
    annotations,
  };
}

/** What the plan view is assembled from: the version shown (none: the working draft) and its surroundings. */
export interface PlanViewFacts {
  version?: PlanVersionEntity;
  sections: RawSection[];
  sources: Map<string, SourcesSummary>;
  /** The versions the viewer may see, newest first. */
  versions: PlanVersionEntity[];
  /** The version open to public review, if any. */
  review?: PlanVersionEntity;
  annotations: Map<string, number>;
  /** Display names of the versions' authors. */
  names: Map<string, string>;
  pendingSuggestions: number;
}

/** The plan as the viewer sees it (a version's header when a version is shown) and what the viewer may do. */
export function toPlanView(plan: PlanEntity, f: PlanViewFacts, can: Plan['can']): Plan {
  const summary = (v?: PlanVersionEntity) =>
    v
      ? toVersionSummary({ ...v, createdByName: v.createdById ? (f.names.get(v.createdById) ?? null) : null }, f.annotations.get(v.id) ?? 0)
      : null;
  const header = f.version?.header ?? plan;
  return {
    id: plan.id,
    slug: plan.slug,
    title: header.title,
    periodStart: header.periodStart,
    periodEnd: header.periodEnd,
    status: plan.status,
    languages: header.languages,
    consultationId: plan.consultationId,
    revision: plan.revision,
    showing: f.version ? f.version.number : 'draft',
    versionId: f.version?.id ?? null,
    sections: f.sections.map((s) => toSectionView(s, f.sources)),
    latestVersion: summary(f.versions[0]),
    reviewVersion: summary(f.review),
    pendingSuggestions: f.pendingSuggestions,
    can,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

/** A review annotation; `names` holds its author's and answerer's display names, `viewerId` tells whether it is the viewer's. */
export const toAnnotation = (r: PlanAnnotationEntity, names: Map<string, string>, viewerId?: string): Annotation => ({
  id: r.id,
  versionId: r.versionId,
  sectionId: r.sectionId,
  paragraphId: r.paragraphId,
  language: r.language,
  kind: r.kind,
  quote: r.quote,
  quoteStart: r.quoteStart,
  body: r.body,
  bodyHtml: renderMarkdown(r.body),
  proposedText: r.proposedText,
  author: (r.authorId && names.get(r.authorId)) || '—',
  authorCategory: r.authorCategory,
  mine: !!viewerId && r.authorId === viewerId,
  status: r.status,
  answerHtml: r.answer ? renderMarkdown(r.answer) : null,
  answeredBy: r.answeredById ? (names.get(r.answeredById) ?? null) : null,
  answeredAt: r.answeredAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export const toPlanListItem = (p: PlanEntity): PlanListItem => ({
  id: p.id,
  slug: p.slug,
  title: p.title,
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  status: p.status,
  languages: p.languages,
  updatedAt: p.updatedAt.toISOString(),
});

/** A contribution quoted in a suggestion or a sources panel (QUOTE_COLUMNS of the repositories). */
export interface QuoteRow {
  contribution_id: string;
  text: string;
  language: string;
  category: Quote['category'];
  source: Quote['source'];
  country: string | null;
  author: string | null;
  created_at: Date;
}

/** Quotes keep organisations' and named institutions' names; a person is never named. */
export const toQuote = (r: QuoteRow): Quote => ({
  contributionId: r.contribution_id,
  text: r.text,
  language: r.language,
  category: r.category,
  source: r.source,
  country: r.country,
  author: r.author ?? null,
});

/** A suggestion with its sources (counts per category and source kind, a few quotes) and its sections' codes. */
export function toSuggestion(
  r: PlanSuggestionEntity,
  facts: {
    counts: { category: string; source: string; n: number }[];
    quotes: Quote[];
    codes: Map<string, string>;
    decidedBy: string | null;
  },
): Suggestion {
  const byCategory: Record<string, number> = {};
  const bySource: Record<string, number> = {};
  let total = 0;
  for (const c of facts.counts) {
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
    targetCode: facts.codes.get(r.targetSectionId) ?? '',
    targetParagraphId: r.targetParagraphId,
    content: r.content,
    note: r.note,
    status: r.status,
    reason: r.reason,
    resultSectionId: r.resultSectionId,
    resultCode: r.resultSectionId ? (facts.codes.get(r.resultSectionId) ?? null) : null,
    sources: { total, byCategory, bySource, quotes: facts.quotes },
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedBy: facts.decidedBy,
  };
}
