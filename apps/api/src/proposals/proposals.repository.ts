import type { EntityManager } from 'typeorm';
import type { CategoryCounts, ProposalSort, TranslatedText, proposalListQuerySchema } from '@polyphony/contracts';
import type { Parsed } from '../core/errors/zod-validation';
import type { ModerationSubject } from '../moderation/moderation.service';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { ProposalEntity } from './proposal.entity';
import { ProposalStatusChangeEntity } from './proposal-status-change.entity';
import { ProposalEndorsementEntity, ProposalSupportEntity } from './proposal-support.entity';
import type { ProposalSnapshot } from './proposal-version.entity';
import { PROPOSAL_SEARCH_QUERY_SQL, UPDATE_PROPOSAL_SEARCH_SQL } from './proposal-search';
import { toProposalSubject } from './proposal.mapper';

/** The column each list order sorts on (each with its own index); a viewer's own list sorts on creation. */
const SORT_COLUMN: Record<ProposalSort, string> = { supports: 'p.support_count', comments: 'p.comment_count', newest: 'p.submitted_at' };

/** A new draft, as its author wrote it (version 1). */
export type NewProposal = Partial<ProposalSnapshot> &
  Pick<ProposalEntity, 'title' | 'body' | 'consultationId' | 'authorId' | 'authorCategory' | 'status' | 'version' | 'language'>;

/** A saved edit of a draft: the new text, its version number and detected language. */
export type ProposalEdit = ProposalSnapshot & Pick<ProposalEntity, 'version' | 'language'>;

/** An official answer: the new status, when, and what it points at (the proposal merged into, the plan action). */
export type ProposalAnswer = Pick<ProposalEntity, 'status' | 'statusChangedAt' | 'mergedIntoId' | 'planActionId'>;

/** A status transition as the proposal's history shows it. */
export type NewStatusChange = Pick<ProposalStatusChangeEntity, 'proposalId' | 'fromStatus' | 'toStatus' | 'actorId'> &
  Partial<Pick<ProposalStatusChangeEntity, 'text' | 'mergedIntoId' | 'planActionId'>>;

/**
 * A page of the list: the filters, the sort and the keyset cursor. With `mineOf`, the person's own
 * proposals (authored or co-authored, drafts included) in creation order; otherwise the published visible ones.
 */
export type ProposalPageQuery = Pick<
  Parsed<typeof proposalListQuerySchema>,
  'status' | 'sdg' | 'strategicLine' | 'category' | 'consultationId' | 'q' | 'sort' | 'limit'
> & { mineOf?: string; after?: (string | number)[] };

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

  private get proposals() {
    return this.manager.getRepository(ProposalEntity);
  }

  findById(id: string): Promise<ProposalEntity | null> {
    return this.proposals.findOneBy({ id });
  }

  /** The proposal, locked until the end of the transaction (edits, invitations and answers take their turn). */
  lock(id: string): Promise<ProposalEntity | null> {
    return this.proposals.createQueryBuilder('p').where('p.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** The proposal with its author and the proposal it was merged into, as its page shows it. */
  findForPage(id: string): Promise<ProposalEntity> {
    return this.proposals.findOneOrFail({ where: { id }, relations: { author: true, mergedInto: true } });
  }

  insert(proposal: NewProposal): Promise<ProposalEntity> {
    return this.proposals.save(this.proposals.create(proposal));
  }

  async saveEdit(id: string, edit: ProposalEdit): Promise<void> {
    await this.proposals.update({ id }, edit as Partial<ProposalEntity>);
  }

  async markSubmitted(id: string, at: Date): Promise<void> {
    await this.proposals.update({ id }, { status: 'submitted', submittedAt: at, statusChangedAt: at });
  }

  async setAnswer(id: string, answer: ProposalAnswer): Promise<void> {
    await this.proposals.update({ id }, answer);
  }

  async insertStatusChange(change: NewStatusChange): Promise<void> {
    await this.manager.getRepository(ProposalStatusChangeEntity).insert(change);
  }

  /** The proposal's status changes, oldest first, actors and merge targets loaded. */
  history(id: string): Promise<ProposalStatusChangeEntity[]> {
    return this.manager
      .getRepository(ProposalStatusChangeEntity)
      .find({ where: { proposalId: id }, relations: { actor: true, mergedInto: true }, order: { createdAt: 'ASC' } });
  }

  /** The organisations' endorsements, oldest first, organisations loaded. */
  endorsements(id: string): Promise<ProposalEndorsementEntity[]> {
    return this.manager
      .getRepository(ProposalEndorsementEntity)
      .find({ where: { proposalId: id }, relations: { organisation: true }, order: { createdAt: 'ASC' } });
  }

  /** One more row than the limit (to know whether a next page exists), authors loaded. */
  page(q: ProposalPageQuery): Promise<ProposalEntity[]> {
    const qb = this.proposals.createQueryBuilder('p').innerJoinAndSelect('p.author', 'author');
    if (q.mineOf) {
      qb.where(
        `(p.author_id = :viewer OR EXISTS (SELECT 1 FROM proposal_coauthors c WHERE c.proposal_id = p.id AND c.user_id = :viewer AND c.status = 'accepted'))`,
        { viewer: q.mineOf },
      );
    } else {
      qb.where(`p.status <> 'draft'`).andWhere('p.hidden_at IS NULL');
    }
    if (q.status) qb.andWhere('p.status = :status', { status: q.status });
    if (q.sdg) qb.andWhere('p.sdgs @> ARRAY[:sdg]::smallint[]', { sdg: q.sdg });
    if (q.strategicLine) qb.andWhere('p.strategic_line = :line', { line: q.strategicLine });
    if (q.category) qb.andWhere('p.author_category = :category', { category: q.category });
    if (q.consultationId) qb.andWhere('p.consultation_id = :consultation', { consultation: q.consultationId });
    if (q.q) qb.andWhere(`p.search_vector @@ ${PROPOSAL_SEARCH_QUERY_SQL}`, { q: q.q });
    const column = q.mineOf ? 'p.created_at' : SORT_COLUMN[q.sort];
    if (q.after) qb.andWhere(`(${column}, p.id) < (:after, :afterId)`, { after: q.after[0], afterId: q.after[1] });
    return qb
      .orderBy(column, 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(q.limit + 1)
      .getMany();
  }

  author(authorId: string): Promise<UserEntity> {
    return this.manager.getRepository(UserEntity).findOneByOrFail({ id: authorId });
  }

  /** The organisations the person is an active member of (those they may endorse or answer for). */
  async activeOrganisationsOf(userId: string): Promise<{ id: string; name: string }[]> {
    const memberships = await this.manager
      .getRepository(MembershipEntity)
      .find({ where: { userId, status: 'active' }, relations: { organisation: true } });
    return memberships.filter((m) => m.organisation).map((m) => ({ id: m.organisationId, name: m.organisation!.name }));
  }

  /** The category an endorsement is counted under (the organisation exists: the actor acts for it). */
  async organisationCategory(id: string): Promise<OrganisationEntity['category']> {
    return (await this.manager.getRepository(OrganisationEntity).findOneByOrFail({ id })).category;
  }

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
