import type { EntityManager } from 'typeorm';
import type {
  PlanSection,
  PlanSectionKind,
  PlanVersionSummary,
  SectionContent,
  SourcesSummary,
  TranslatedText,
} from '@polyphony/contracts';
import type { PlanVersionEntity } from './versions/plan-version.entity';

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

const emptySummary = (): SourcesSummary => ({ total: 0, byCategory: {}, bySource: {}, byParagraph: {} });

/**
 * Provenance counts for every section of a plan in one grouped query (no N+1): per category, per
 * source kind, per paragraph. `asOf` limits the count to links that existed when a version was saved.
 */
export async function sourcesSummaries(manager: EntityManager, planId: string, asOf?: Date): Promise<Map<string, SourcesSummary>> {
  const rows: { section_id: string; paragraph_key: string; category: string; source: string; n: number }[] = await manager.query(
    `SELECT p.section_id, p.paragraph_key, c.category, c.source, count(*)::int AS n
     FROM plan_provenance p JOIN contributions c ON c.id = p.contribution_id
     WHERE p.plan_id = $1 AND ($2::timestamptz IS NULL OR p.created_at <= $2) AND c.hidden_at IS NULL
     GROUP BY 1, 2, 3, 4`,
    [planId, asOf ?? null],
  );
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

export function toVersionSummary(v: PlanVersionEntity & { createdByName?: string | null }, annotations: number): PlanVersionSummary {
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
