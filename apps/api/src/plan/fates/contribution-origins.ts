import type { DataSource } from 'typeorm';
import { pickTranslation, type ContributionFate, type Language } from '@polyphony/contracts';
import { isUuid } from '../../core/http/params';

export interface OriginRow {
  id: string;
  source: ContributionFate['source'];
  source_ref: string;
}
type Origin = NonNullable<ContributionFate['origin']>;

/**
 * Where each contribution was said (the page that shows it) and its context (the question answered, the
 * room, the proposal, the plan section), in one query per source kind present on the page, never per row.
 */
export async function contributionOrigins(db: DataSource, rows: OriginRow[], lang: Language): Promise<Map<string, Origin>> {
  const refs = (source: OriginRow['source']) => rows.filter((r) => r.source === source && isUuid(r.source_ref)).map((r) => r.source_ref);
  const query = (source: OriginRow['source'], sql: string): Promise<{ ref: string; path: string; context: unknown }[]> =>
    refs(source).length ? db.query(sql, [refs(source)]) : Promise.resolve([]);
  const found = await Promise.all([
    query(
      'questionnaire_answer',
      `SELECT a.id::text AS ref, '/consultations/' || c.slug || '/questionnaire' AS path, q.prompt AS context
       FROM questionnaire_answers a JOIN questionnaire_questions q ON q.id = a.question_id
       JOIN questionnaires qn ON qn.id = a.questionnaire_id JOIN consultations c ON c.id = qn.consultation_id
       WHERE a.id = ANY($1::uuid[])`,
    ),
    query(
      'room_message',
      `SELECT m.id::text AS ref, '/rooms/' || r.id AS path, r.title AS context
       FROM room_messages m JOIN rooms r ON r.id = m.room_id WHERE m.id = ANY($1::uuid[])`,
    ),
    query(
      'proposal',
      `SELECT p.id::text AS ref, '/proposals/' || p.id AS path, p.title AS context FROM proposals p WHERE p.id = ANY($1::uuid[])`,
    ),
    query(
      'proposal_comment',
      `SELECT pc.id::text AS ref, '/proposals/' || p.id || '#comment-' || pc.id AS path, p.title AS context
       FROM proposal_comments pc JOIN proposals p ON p.id = pc.proposal_id WHERE pc.id = ANY($1::uuid[])`,
    ),
    query(
      'plan_annotation',
      `SELECT n.id::text AS ref, '/plans/' || pl.slug || '#s-' || n.section_id AS path, s.content->'title' AS context
       FROM plan_annotations n JOIN plans pl ON pl.id = n.plan_id LEFT JOIN plan_sections s ON s.id = n.section_id
       WHERE n.id = ANY($1::uuid[])`,
    ),
  ]);
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
