import type { EntityManager } from 'typeorm';
import type { AnnotationStatus, ContributionFate, TranslatedText } from '@polyphony/contracts';
import type { SectionShape } from '../plan-content';

export interface ContributionRow {
  id: string;
  text: string;
  language: string;
  source: ContributionFate['source'];
  source_ref: string;
  consultation_id: string | null;
  created_at: Date;
}

export interface ConsultationRef {
  id: string;
  slug: string;
  title: TranslatedText;
}

export interface ThemeLink {
  contribution_id: string;
  id: string;
  label: string;
}

export interface SuggestionLink {
  contribution_id: string;
  id: string;
  kind: ContributionFate['suggestions'][number]['kind'];
  status: ContributionFate['suggestions'][number]['status'];
  reason: string | null;
  target_section_id: string;
  plan_id: string;
}

/** A plan section a contribution stands behind, with the first version that carried it (null: not yet). */
export interface InclusionLink {
  contribution_id: string;
  section_id: string;
  plan_id: string;
  slug: string;
  kind: ContributionFate['inclusions'][number]['kind'];
  deleted_at: Date | null;
  title: Record<string, string> | null;
  number: number | null;
  name: ContributionFate['inclusions'][number]['versionName'] | null;
  code: string | null;
}

export interface AnnotationAnswer {
  ref: string;
  status: AnnotationStatus;
  answer: string | null;
}

/** Where a contribution was said: the page that shows it and its context (a text or a per-language title). */
export interface OriginRow {
  ref: string;
  path: string;
  context: unknown;
}

/** Per source kind, the page and context of contributions by their source refs ($1, uuid[]). */
export const ORIGIN_SQL = {
  questionnaire_answer: `SELECT a.id::text AS ref, '/consultations/' || c.slug || '/questionnaire' AS path, q.prompt AS context
       FROM questionnaire_answers a JOIN questionnaire_questions q ON q.id = a.question_id
       JOIN questionnaires qn ON qn.id = a.questionnaire_id JOIN consultations c ON c.id = qn.consultation_id
       WHERE a.id = ANY($1::uuid[])`,
  room_message: `SELECT m.id::text AS ref, '/rooms/' || r.id AS path, r.title AS context
       FROM room_messages m JOIN rooms r ON r.id = m.room_id WHERE m.id = ANY($1::uuid[])`,
  proposal: `SELECT p.id::text AS ref, '/proposals/' || p.id AS path, p.title AS context FROM proposals p WHERE p.id = ANY($1::uuid[])`,
  proposal_comment: `SELECT pc.id::text AS ref, '/proposals/' || p.id || '#comment-' || pc.id AS path, p.title AS context
       FROM proposal_comments pc JOIN proposals p ON p.id = pc.proposal_id WHERE pc.id = ANY($1::uuid[])`,
  plan_annotation: `SELECT n.id::text AS ref, '/plans/' || pl.slug || '#s-' || n.section_id AS path, s.content->'title' AS context
       FROM plan_annotations n JOIN plans pl ON pl.id = n.plan_id LEFT JOIN plan_sections s ON s.id = n.section_id
       WHERE n.id = ANY($1::uuid[])`,
} satisfies Partial<Record<ContributionFate['source'], string>>;

/**
 * The plan sections contributions ($1) stand behind, each with the first version saved after the link
 * (its number, name and code then; none while the link is only in the working draft).
 */
export const INCLUSIONS_SQL = `SELECT p.contribution_id, p.section_id, p.plan_id, pl.slug, sec.kind, sec.deleted_at, sec.content->'title' AS title, v.number, v.name, v.code
         FROM plan_provenance p JOIN plan_sections sec ON sec.id = p.section_id JOIN plans pl ON pl.id = p.plan_id
         LEFT JOIN LATERAL (
           SELECT pv.number, pv.name, vs.code FROM plan_version_sections vs JOIN plan_versions pv ON pv.id = vs.version_id
           WHERE vs.section_id = p.section_id AND pv.created_at >= p.created_at ORDER BY pv.number LIMIT 1
         ) v ON true
         WHERE p.contribution_id = ANY($1) ORDER BY p.created_at`;

const CONTRIBUTION_COLUMNS = `c.id, c.text, c.language, c.source, c.source_ref, c.consultation_id, c.created_at`;

/** "You said, we did": the SQL that follows contributions into themes, suggestions, the plan and answers. */
export class PlanFatesRepository {
  constructor(private readonly manager: EntityManager) {}

  async isActiveMember(organisationId: string, userId: string): Promise<boolean> {
    const [member] = await this.manager.query(
      `SELECT 1 FROM organisation_memberships WHERE organisation_id = $1 AND user_id = $2 AND status = 'active'`,
      [organisationId, userId],
    );
    return !!member;
  }

  /** A visible contribution, with its author. */
  async contribution(id: string): Promise<(ContributionRow & { author_user_id: string | null }) | undefined> {
    const [row] = await this.manager.query(
      `SELECT id, text, language, source, source_ref, consultation_id, created_at, author_user_id FROM contributions WHERE id = $1 AND hidden_at IS NULL`,
      [id],
    );
    return row;
  }

  /** A page of visible contributions, newest first: a person's, or what an organisation said in interviews and proposals. */
  page(
    of: { authorUserId: string } | { organisationId: string },
    after: (string | number)[] | undefined,
    limit: number,
  ): Promise<ContributionRow[]> {
    const where =
      'authorUserId' in of ? `c.author_user_id = $1` : `c.author_organisation_id = $1 AND c.source IN ('interview_key_point', 'proposal')`;
    const all: unknown[] = ['authorUserId' in of ? of.authorUserId : of.organisationId, limit + 1];
    let keyset = '';
    if (after) {
      all.push(after[0], after[1]);
      keyset = ` AND (c.created_at, c.id) < ($3::timestamptz, $4::uuid)`;
    }
    return this.manager.query(
      `SELECT ${CONTRIBUTION_COLUMNS} FROM contributions c
       WHERE ${where} AND c.hidden_at IS NULL${keyset} ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
      all,
    );
  }

  consultations(ids: string[]): Promise<ConsultationRef[]> {
    return ids.length ? this.manager.query(`SELECT id, slug, title FROM consultations WHERE id = ANY($1)`, [ids]) : Promise.resolve([]);
  }

  /** The themes of each contribution in the latest successful synthesis of its consultation. */
  themes(contributionIds: string[], consultationIds: string[]): Promise<ThemeLink[]> {
    if (!consultationIds.length) return Promise.resolve([]);
    return this.manager.query(
      `SELECT m.contribution_id, t.id, t.label FROM synthesis_theme_members m JOIN synthesis_themes t ON t.id = m.theme_id
             WHERE m.contribution_id = ANY($1) AND m.run_id IN (
               SELECT DISTINCT ON (consultation_id) id FROM synthesis_runs WHERE consultation_id = ANY($2) AND room_id IS NULL AND status = 'succeeded' ORDER BY consultation_id, created_at DESC)`,
      [contributionIds, consultationIds],
    );
  }

  suggestions(contributionIds: string[]): Promise<SuggestionLink[]> {
    return this.manager.query(
      `SELECT s.contribution_id, g.id, g.kind, g.status, g.reason, g.target_section_id, g.plan_id FROM plan_suggestion_sources s JOIN plan_suggestions g ON g.id = s.suggestion_id
         WHERE s.contribution_id = ANY($1) ORDER BY g.created_at`,
      [contributionIds],
    );
  }

  inclusions(contributionIds: string[]): Promise<InclusionLink[]> {
    return this.manager.query(INCLUSIONS_SQL, [contributionIds]);
  }

  annotationAnswers(refs: string[]): Promise<AnnotationAnswer[]> {
    return this.manager.query(`SELECT id::text AS ref, status, answer FROM plan_annotations WHERE id::text = ANY($1)`, [refs]);
  }

  /** Proposals' statuses with their latest public answer text. */
  proposalAnswers(ids: string[]): Promise<{ id: string; status: string; text: string | null }[]> {
    return this.manager.query(
      `SELECT p.id, p.status, (SELECT s.text FROM proposal_status_changes s WHERE s.proposal_id = p.id ORDER BY s.created_at DESC LIMIT 1) AS text
       FROM proposals p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The live sections of these plans, for their codes. */
  liveSections(planIds: string[]): Promise<Pick<SectionShape, 'id' | 'kind' | 'parentId' | 'position'>[]> {
    return this.manager.query(
      `SELECT id, kind, parent_id AS "parentId", position FROM plan_sections WHERE plan_id = ANY($1) AND deleted_at IS NULL`,
      [planIds],
    );
  }

  origins(source: keyof typeof ORIGIN_SQL, refs: string[]): Promise<OriginRow[]> {
    return refs.length ? this.manager.query(ORIGIN_SQL[source], [refs]) : Promise.resolve([]);
  }
}
