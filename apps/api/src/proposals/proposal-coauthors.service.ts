import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { COAUTHOR_SEARCH_LIMIT, type CoauthorCandidates, type InvitationDecision, type InviteCoauthorRequest } from '@polyphony/contracts';
import { RateLimitService } from '../auth/rate-limit.service';
import { prefixQuery } from '../core/http/cursor';
import { AppError } from '../core/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationsService } from '../organisations/organisations.service';
import type { UserEntity } from '../users/user.entity';
import { ProposalCoauthorsRepository, type NewCoauthor } from './proposal-coauthors.repository';
import { ProposalsPolicy } from './proposals.policy';
import { ProposalsService } from './proposals.service';

/** Searches per person and window: typing in the box, not a way to list everyone. */
export const COAUTHOR_SEARCH_RATE = { limit: 60, seconds: 60 };

/** Co-authorship: invitations to people and to organisations (answered by a member who may act for them). */
@Injectable()
export class ProposalCoauthorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalsService,
    private readonly organisations: OrganisationsService,
    private readonly notifications: NotificationsService,
    private readonly limits: RateLimitService,
  ) {}

  /**
   * People and organisations to invite, by name prefix (words of the name). People are those with a
   * participant account who accepted the privacy terms and are neither blocked nor deleted; the author,
   * the actor and those already invited are left out. Names, categories and countries only: never e-mails.
   */
  async candidates(actor: UserEntity, id: string, q: string): Promise<CoauthorCandidates> {
    const { proposal, rel } = await this.proposals.findVisible(id, actor);
    if (!ProposalsPolicy.canSearchCoauthors(actor, proposal, rel)) throw AppError.forbidden();
    await this.limits.consume(`proposals:coauthor-search:${actor.id}`, COAUTHOR_SEARCH_RATE.limit, COAUTHOR_SEARCH_RATE.seconds);
    const tsq = prefixQuery(q);
    if (!tsq) return { people: [], organisations: [] };
    return new ProposalCoauthorsRepository(this.db.manager).candidates({
      tsquery: tsq,
      proposalId: id,
      authorId: proposal.authorId,
      actorId: actor.id,
      limit: COAUTHOR_SEARCH_LIMIT,
    });
  }

  async invite(actor: UserEntity, id: string, input: InviteCoauthorRequest) {
    const delivery = await this.db.transaction(async (manager) => {
      const { proposal, rel } = await this.proposals.findVisible(id, actor, manager, true);
      if (proposal.status !== 'draft') throw AppError.conflict('proposals.not_draft');
      if (!ProposalsPolicy.canEdit(actor, proposal, rel)) throw AppError.forbidden();
      const repo = new ProposalCoauthorsRepository(manager);
      let row: NewCoauthor;
      let recipients: string[];
      if (input.kind === 'person') {
        const user = await repo.person('email' in input ? { email: input.email.toLowerCase() } : { id: input.userId });
        const path = 'email' in input ? 'email' : 'userId';
        if (!user || user.pseudonymisedAt) throw AppError.validation([{ path, code: 'invalid' }]);
        if (user.id === proposal.authorId) throw AppError.validation([{ path, code: 'invalid' }]);
        row = { proposalId: id, kind: 'person', userId: user.id, status: 'invited', invitedById: actor.id };
        recipients = [user.id];
      } else {
        const org = await repo.organisation(input.organisationId);
        if (!org) throw AppError.validation([{ path: 'organisationId', code: 'invalid' }]);
        const ownMembership = await repo.isActiveMember(org.id, actor.id);
        // A member inviting their own organisation co-signs for it at once.
        row = ownMembership
          ? {
              proposalId: id,
              kind: 'organisation',
              organisationId: org.id,
              userId: actor.id,
              status: 'accepted',
              respondedAt: new Date(),
              invitedById: actor.id,
            }
          : { proposalId: id, kind: 'organisation', organisationId: org.id, status: 'invited', invitedById: actor.id };
        recipients = ownMembership ? [] : await repo.activeAdminIds(org.id);
      }
      // The partial unique indexes make a racing duplicate a no-op; a declined invitation may be renewed.
      if (!(await repo.insertIfNew(row)) && !(await repo.renewDeclined(row))) throw AppError.conflict('proposals.already_invited');
      return this.notifications.create(
        manager,
        recipients.map((userId) => ({
          userId,
          kind: 'proposal_invitation',
          params: { title: proposal.title, actor: actor.displayName },
          link: `/proposals/${id}`,
        })),
      );
    });
    await delivery.deliver();
    return this.proposals.get(id, actor);
  }

  /** Accept or decline: the invited person, or any active member of the invited organisation. */
  async respond(actor: UserEntity, id: string, coauthorId: string, input: InvitationDecision) {
    const delivery = await this.db.transaction(async (manager) => {
      const { proposal } = await this.proposals.findVisible(id, actor, manager);
      const repo = new ProposalCoauthorsRepository(manager);
      const invitation = await repo.findIn(id, coauthorId);
      if (!invitation) throw AppError.notFound();
      if (invitation.kind === 'person' && invitation.userId !== actor.id) throw AppError.forbidden();
      if (invitation.kind === 'organisation') await this.organisations.assertCanActFor(actor, invitation.organisationId!);
      const accepted = input.decision === 'accept';
      // Conditional update: two members answering at once for an organisation cannot both win.
      const answered = await repo.answer(coauthorId, {
        status: accepted ? 'accepted' : 'declined',
        respondedAt: new Date(),
        userId: invitation.kind === 'organisation' && accepted ? actor.id : invitation.userId,
      });
      if (!answered) throw AppError.conflict();
      const recipients = [invitation.invitedById ?? proposal.authorId].filter((u) => u !== actor.id);
      return this.notifications.create(
        manager,
        recipients.map((userId) => ({
          userId,
          kind: 'proposal_invitation_answered',
          params: { title: proposal.title, actor: actor.displayName, decision: input.decision },
          link: `/proposals/${id}`,
        })),
      );
    });
    await delivery.deliver();
    return this.proposals.get(id, actor);
  }
}
