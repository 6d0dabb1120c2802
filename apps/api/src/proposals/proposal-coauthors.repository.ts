import { In, type EntityManager } from 'typeorm';
import type { CoauthorCandidates } from '@polyphony/contracts';
import { MembershipEntity } from '../organisations/membership.entity';
import { ORGANISATION_SEARCH_VECTOR, OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { ProposalCoauthorEntity } from './proposal-coauthor.entity';

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

/** A new co-authorship: an invitation, or an organisation co-signed at once by the member who invites it. */
export type NewCoauthor = Pick<ProposalCoauthorEntity, 'proposalId' | 'kind' | 'status' | 'invitedById'> &
  Partial<Pick<ProposalCoauthorEntity, 'userId' | 'organisationId' | 'respondedAt'>>;

/** An answer to an invitation (for an organisation, userId is the member who answered). */
export type CoauthorAnswer = Pick<ProposalCoauthorEntity, 'status' | 'respondedAt' | 'userId'>;

/** The co-authorships' SQL: who stands how to a proposal, invitations and their answers, the invitation search. */
export class ProposalCoauthorsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get coauthors() {
    return this.manager.getRepository(ProposalCoauthorEntity);
  }

  /** How the viewer stands to a proposal: their co-authorship rows, and their organisations' open invitations. */
  async factsFor(proposalId: string, viewerId: string): Promise<CoauthorFact[]> {
    const rows: { status: string; kind: string; organisation_id: string | null }[] = await this.manager.query(
      `SELECT c.status, c.kind, c.organisation_id FROM proposal_coauthors c WHERE c.proposal_id = $1 AND (c.user_id = $2 OR (c.kind = 'organisation' AND c.status = 'invited'
         AND EXISTS (SELECT 1 FROM organisation_memberships m WHERE m.organisation_id = c.organisation_id AND m.user_id = $2 AND m.status = 'active')))`,
      [proposalId, viewerId],
    );
    return rows.map((r) => ({ status: r.status, kind: r.kind, organisationId: r.organisation_id }));
  }

  /** The people who accepted a co-authorship (people, and members who answered for organisations). */
  async acceptedUserIds(proposalId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.manager.query(
      `SELECT DISTINCT user_id FROM proposal_coauthors WHERE proposal_id = $1 AND status = 'accepted' AND user_id IS NOT NULL`,
      [proposalId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Every co-authorship of a proposal (declined ones too), people and organisations loaded, oldest invitation first. */
  ofProposal(proposalId: string): Promise<ProposalCoauthorEntity[]> {
    return this.coauthors.find({ where: { proposalId }, relations: { user: true, organisation: true }, order: { invitedAt: 'ASC' } });
  }

  /** The organisations that co-sign each of the given proposals, by proposal id. */
  async acceptedOrganisations(proposalIds: string[]): Promise<Map<string, OrganisationEntity[]>> {
    const out = new Map<string, OrganisationEntity[]>();
    if (!proposalIds.length) return out;
    const rows = await this.coauthors.find({
      where: { proposalId: In(proposalIds), kind: 'organisation', status: 'accepted' },
      relations: { organisation: true },
    });
    for (const c of rows) if (c.organisation) out.set(c.proposalId, [...(out.get(c.proposalId) ?? []), c.organisation]);
    return out;
  }

  /** Open invitations the viewer may answer (as a person, or for an organisation they are an active member of), newest first, with their proposal. */
  pendingFor(viewerId: string, limit: number): Promise<ProposalCoauthorEntity[]> {
    return this.coauthors
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.proposal', 'p')
      .leftJoinAndSelect('c.organisation', 'o')
      .leftJoinAndSelect('c.user', 'u')
      .where(`c.status = 'invited'`)
      .andWhere(
        `((c.kind = 'person' AND c.user_id = :viewer) OR (c.kind = 'organisation' AND EXISTS (SELECT 1 FROM organisation_memberships m WHERE m.organisation_id = c.organisation_id AND m.user_id = :viewer AND m.status = 'active')))`,
        { viewer: viewerId },
      )
      .orderBy('c.invited_at', 'DESC')
      .limit(limit)
      .getMany();
  }

  findIn(proposalId: string, id: string): Promise<ProposalCoauthorEntity | null> {
    return this.coauthors.findOneBy({ id, proposalId });
  }

  /** Inserts the co-authorship unless the partial unique indexes hold one already (even a racing one); answers whether it did. */
  async insertIfNew(row: NewCoauthor): Promise<boolean> {
    const inserted = await this.coauthors.createQueryBuilder().insert().values(row).orIgnore().returning('id').execute();
    return inserted.raw.length > 0;
  }

  /** Turns a declined co-authorship of the same person or organisation into `row`; answers whether one was renewed. */
  async renewDeclined(row: NewCoauthor): Promise<boolean> {
    const renewed = await this.coauthors
      .createQueryBuilder()
      .update()
      .set({ status: row.status, userId: row.userId ?? null, respondedAt: row.respondedAt ?? null, invitedById: row.invitedById })
      .where('proposal_id = :id AND kind = :kind AND status = :declined', { id: row.proposalId, kind: row.kind, declined: 'declined' })
      .andWhere(row.kind === 'person' ? 'user_id = :target' : 'organisation_id = :target', {
        target: row.kind === 'person' ? row.userId : row.organisationId,
      })
      .execute();
    return Boolean(renewed.affected);
  }

  /** Answers the invitation if it is still open (two members answering at once cannot both win); answers whether it was. */
  async answer(id: string, answer: CoauthorAnswer): Promise<boolean> {
    const result = await this.coauthors.update({ id, status: 'invited' }, answer);
    return Boolean(result.affected);
  }

  /** A person to invite, by e-mail (lower case) or id. */
  person(by: { email: string } | { id: string }): Promise<UserEntity | null> {
    return this.manager.getRepository(UserEntity).findOneBy(by);
  }

  /** An organisation to invite. */
  organisation(id: string): Promise<OrganisationEntity | null> {
    return this.manager.getRepository(OrganisationEntity).findOneBy({ id });
  }

  /** Whether the person is an active member of the organisation. */
  isActiveMember(organisationId: string, userId: string): Promise<boolean> {
    return this.manager.getRepository(MembershipEntity).existsBy({ organisationId, userId, status: 'active' });
  }

  /** The organisation's active administrators, who answer its invitations. */
  async activeAdminIds(organisationId: string): Promise<string[]> {
    const admins = await this.manager.getRepository(MembershipEntity).findBy({ organisationId, status: 'active', role: 'admin' });
    return admins.map((m) => m.userId);
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
}
