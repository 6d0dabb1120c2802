import type { EntityManager } from 'typeorm';
import type { CategoryCounts, TranslatedText } from '@polyphony/contracts';
import type { ModerationSubject } from '../moderation/moderation.service';
import { ProposalEndorsementEntity, ProposalSupportEntity } from './proposal-support.entity';
import { UPDATE_PROPOSAL_SEARCH_SQL } from './proposal-search';
import { toProposalSubject } from './proposal.mapper';

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

  /** Recomputes the proposal's search vector (after its text changed). */
  async updateSearch(id: string): Promise<void> {
    await this.manager.query(UPDATE_PROPOSAL_SEARCH_SQL, [id]);
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
