import { pickTranslation, type ContributionFate, type Language } from '@polyphony/contracts';
import { isUuid } from '../../core/http/params';
import { ORIGIN_SQL, type PlanFatesRepository } from './plan-fates.repository';

interface OriginRow {
  id: string;
  source: ContributionFate['source'];
  source_ref: string;
}
type Origin = NonNullable<ContributionFate['origin']>;

/**
 * Where each contribution was said (the page that shows it) and its context (the question answered, the
 * room, the proposal, the plan section), in one query per source kind present on the page, never per row.
 */
export async function contributionOrigins(repo: PlanFatesRepository, rows: OriginRow[], lang: Language): Promise<Map<string, Origin>> {
  const refs = (source: OriginRow['source']) => rows.filter((r) => r.source === source && isUuid(r.source_ref)).map((r) => r.source_ref);
  const sources = Object.keys(ORIGIN_SQL) as (keyof typeof ORIGIN_SQL)[];
  const found = await Promise.all(sources.map((source) => repo.origins(source, refs(source))));
  const byRef = new Map<string, Origin>();
  for (const row of found.flat()) {
    const context =
      typeof row.context === 'string'
        ? row.context
        : row.context && typeof row.context === 'object'
          ? pickTranslation(row.context as Record<string, string>, lang)
          : '';
    byRef.set(row.ref, { path: row.path, context: context || null });
  }
  return new Map(rows.flatMap((r) => (byRef.has(r.source_ref) ? [[r.id, byRef.get(r.source_ref)!] as const] : [])));
}
