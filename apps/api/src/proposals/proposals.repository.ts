import type { EntityManager } from 'typeorm';
import type { CategoryCounts, CoauthorCandidates, TranslatedText } from '@polyphony/contracts';
import type { ModerationSubject } from '../moderation/moderation.service';
import { ORGANISATION_SEARCH_VECTOR } from '../organisations/organisation.entity';
import { ProposalEndorsementEntity, ProposalSupportEntity } from './proposal-support.entity';
import { UPDATE_PROPOSAL_SEARCH_SQL } from './proposal-search';
import { toProposalSubject } from './proposal.mapper';

/** The people search's full-text expression (its GIN index is users_display_name_search_idx). */
export const PERSON_SEARCH_VECTOR = `to_tsvector('simple', u.display_name)`;

/** A viewer's co-authorship rows on a proposal: their own, and their organisations' open invitations. */
export interface CoauthorFact {
  status: string;
  kind: string;
  organisationId: string | null;
}

/** Who may be invited, searched by name (the query is already a prefix tsquery). */
export interface CandidateSearch {
  tsquery: string;
  proposalId: string;
  authorId: string;
  actorId: string;
  limit: number;
}

/** A published proposal as the CSV export reads it. */
export interface ExportRow {
  id: string;
  consultation_id: string | null;
  consultation_title: TranslatedText | null;
  status: string;
  author_category: string;
  author_name: string | null;
  organisations: string | null;
  support_count: number;
  endorsement_count: number;
  comment_count: number;
  hidden_at: Date | null;
  submitted_at: Date | null;
  created_at: Date;
  /** The keyset cursor's time, as PostgreSQL writes it. */
  at: string;
  language: string;
  title: string;
  body: string;
  expected_results: string;
}

/** The proposals' SQL that TypeORM's repositories do not say: relations, counters, search, export, moderation. */
export class ProposalsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** How the viewer stands to a proposal: their co-authorship rows, and their organisations' open invitations. */
  async coauthorFacts(proposalId: string, viewerId: string): Promise<CoauthorFact[]> {
    const rows: { status: string; kind: string; organisation_id: string | null }[] = await this.manager.query(
      `SELECT c.status, c.kind, c.organisation_id FROM proposal_coauthors c WHERE c.proposal_id = $1 AND (c.user_id = $2 OR (c.kind = 'organisation' AND c.status = 'invited'
         AND EXISTS (SELECT 1 FROM organisation_memberships m WHERE m.organisation_id = c.organisation_id AND m.user_id = $2 AND m.status = 'active')))`,
      [proposalId, viewerId],
    );
    return rows.map((r) => ({ status: r.status, kind: r.kind, organisationId: r.organisation_id }));
  }

  /** Recomputes the proposal's search vector (after its text changed). */
  async updateSearch(id: string): Promise<void> {
    await this.manager.query(UPDATE_PROPOSAL_SEARCH_SQL, [id]);
  }

  /** The people who accepted a co-authorship (people, and members who answered for organisations). */
  async acceptedCoauthorUserIds(proposalId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.manager.query(
      `SELECT DISTINCT user_id FROM proposal_coauthors WHERE proposal_id = $1 AND status = 'accepted' AND user_id IS NOT NULL`,
      [proposalId],
    );
    return rows.map((r) => r.user_id);
  }

  async supportsByCategory(id: string): Promise<CategoryCounts> {
    const rows: { category: string; n: number }[] = await this.manager.query(
      `SELECT category, count(*)::int AS n FROM proposal_supports WHERE proposal_id = $1 GROUP BY category`,
      [id],
    );
    return Object.fromEntries(rows.map((r) => [r.category, r.n]));
  }

  async supportCount(id: string): Promise<number> {
    const [p] = await this.manager.query(`SELECT support_count FROM proposals WHERE id = $1`, [id]);
    return p.support_count;
  }

  supportedBy(id: string, userId: string): Promise<boolean> {
    return this.manager.getRepository(ProposalSupportEntity).existsBy({ proposalId: id, userId });
  }

  /** Whether the person reported the proposal. */
  async reportedBy(proposalId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM moderation_reports WHERE target_type = 'proposal' AND target_id = $1 AND reporter_id = $2`,
      [proposalId, userId],
    );
    return rows.length > 0;
  }

  /** A support and the counter; a duplicate (even a racing one) changes nothing. */
  async addSupport(id: string, userId: string, category: ProposalSupportEntity['category']): Promise<void> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(ProposalSupportEntity)
      .values({ proposalId: id, userId, category })
      .orIgnore()
      .returning('user_id')
      .execute();
    if (inserted.raw.length) await this.manager.query(`UPDATE proposals SET support_count = support_count + 1 WHERE id = $1`, [id]);
  }

  async removeSupport(id: string, userId: string): Promise<void> {
    const [, deleted] = await this.manager.query(
      `DELETE FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2 RETURNING user_id`,
      [id, userId],
    );
    if (deleted) await this.manager.query(`UPDATE proposals SET support_count = greatest(support_count - 1, 0) WHERE id = $1`, [id]);
  }

  /** An endorsement and the counter; a duplicate (even a racing one) changes nothing. */
  async addEndorsement(
    endorsement: Pick<ProposalEndorsementEntity, 'proposalId' | 'organisationId' | 'userId' | 'category'>,
  ): Promise<void> {
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(ProposalEndorsementEntity)
      .values(endorsement)
      .orIgnore()
      .returning('organisation_id')
      .execute();
    if (inserted.raw.length)
      await this.manager.query(`UPDATE proposals SET endorsement_count = endorsement_count + 1 WHERE id = $1`, [endorsement.proposalId]);
  }

  async removeEndorsement(id: string, organisationId: string): Promise<void> {
    const [, deleted] = await this.manager.query(
      `DELETE FROM proposal_endorsements WHERE proposal_id = $1 AND organisation_id = $2 RETURNING organisation_id`,
      [id, organisationId],
    );
    if (deleted)
      await this.manager.query(`UPDATE proposals SET endorsement_count = greatest(endorsement_count - 1, 0) WHERE id = $1`, [id]);
  }

  /** One more visible comment. */
  async countComment(id: string): Promise<void> {
    await this.manager.query(`UPDATE proposals SET comment_count = comment_count + 1 WHERE id = $1`, [id]);
  }

  /**
   * People and organisations to invite, by name prefix (words of the name). People are those with a
   * participant account who accepted the privacy terms and are neither blocked nor deleted; the author,
   * the actor and those already invited are left out. Names, categories and countries only: never e-mails.
   */
  async candidates(q: CandidateSearch): Promise<CoauthorCandidates> {
    const [people, organisations] = await Promise.all([
      this.manager.query(
        `SELECT u.id, u.display_name AS "displayName", u.category, u.country FROM users u
          WHERE ${PERSON_SEARCH_VECTOR} @@ to_tsquery('simple', $1)
            AND u.role = 'participant' AND u.privacy_consent_at IS NOT NULL AND u.blocked_at IS NULL AND u.pseudonymised_at IS NULL
            AND u.id <> $2 AND u.id <> $3
            AND NOT EXISTS (SELECT 1 FROM proposal_coauthors c WHERE c.proposal_id = $4 AND c.kind = 'person' AND c.user_id = u.id AND c.status <> 'declined')
          ORDER BY u.display_name, u.id LIMIT $5`,
        [q.tsquery, q.actorId, q.authorId, q.proposalId, q.limit],
      ),
      this.manager.query(
        `SELECT o.id, o.name, o.category, o.country FROM organisations o
          WHERE ${ORGANISATION_SEARCH_VECTOR} @@ to_tsquery('simple', $1) -- the indexed vector narrows; the name decides
            AND to_tsvector('simple', o.name) @@ to_tsquery('simple', $1)
            AND NOT EXISTS (SELECT 1 FROM proposal_coauthors c WHERE c.proposal_id = $2 AND c.kind = 'organisation' AND c.organisation_id = o.id AND c.status <> 'declined')
          ORDER BY o.name, o.id LIMIT $3`,
        [q.tsquery, q.proposalId, q.limit],
      ),
    ]);
    return { people, organisations };
  }

  /** A page of the published proposals (of one consultation, or all), in creation order after the cursor. */
  exportPage(consultationId: string | undefined, after: [string, string] | null, limit: number): Promise<ExportRow[]> {
    const params: unknown[] = [];
    let where = `p.status <> 'draft'`;
    if (consultationId) where += ` AND p.consultation_id = $${params.push(consultationId)}`;
    if (after) where += ` AND (p.created_at, p.id) > ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`;
    return this.manager.query(
      `SELECT p.id, p.consultation_id, p.status, p.author_category, u.display_name AS author_name, p.support_count,
                p.endorsement_count, p.comment_count, p.hidden_at, p.submitted_at, p.created_at, p.created_at::text AS at,
                p.language, p.title, p.body, p.expected_results, c.title AS consultation_title,
                (SELECT string_agg(o.name, '; ' ORDER BY o.name) FROM proposal_coauthors c JOIN organisations o ON o.id = c.organisation_id
                  WHERE c.proposal_id = p.id AND c.kind = 'organisation' AND c.status = 'accepted') AS organisations
         FROM proposals p LEFT JOIN users u ON u.id = p.author_id LEFT JOIN consultations c ON c.id = p.consultation_id
         WHERE ${where} ORDER BY p.created_at, p.id LIMIT ${Number(limit)}`,
      params,
    );
  }

  /** Published proposals as moderation shows them, by id. */
  async moderationSubjects(ids: string[]): Promise<Map<string, ModerationSubject>> {
    if (!ids.length) return new Map();
    const rows: { id: string; title: string; author_id: string; display_name: string; hidden_at: Date | null }[] = await this.manager.query(
      `SELECT p.id, p.title, p.author_id, u.display_name, p.hidden_at FROM proposals p JOIN users u ON u.id = p.author_id WHERE p.id = ANY($1) AND p.status <> 'draft'`,
      [ids],
    );
    return new Map(rows.map((r): [string, ModerationSubject] => [r.id, toProposalSubject(r)]));
  }

  async setHidden(id: string, hidden: boolean): Promise<void> {
    await this.manager.query(`UPDATE proposals SET hidden_at = ${hidden ? 'now()' : 'NULL'} WHERE id = $1`, [id]);
  }
}
