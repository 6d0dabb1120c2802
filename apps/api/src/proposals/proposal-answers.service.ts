import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { proposalStatusRequestSchema } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { ModerationService } from '../moderation/moderation.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { UserEntity } from '../users/user.entity';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsPolicy } from './proposals.policy';
import { ProposalsService } from './proposals.service';
import type { Parsed } from '../core/errors/zod-validation';

/** Official answers: every transition is dated, shown, written to the audit log and notified to the co-authors. */
@Injectable()
export class ProposalAnswersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalsService,
    private readonly moderation: ModerationService,
    private readonly notifications: NotificationsService,
  ) {}

  async setStatus(actor: UserEntity, id: string, input: Parsed<typeof proposalStatusRequestSchema>) {
    if (!ProposalsPolicy.canAnswer(actor)) throw AppError.forbidden();
    const delivery = await this.db.transaction(async (manager) => {
      const { proposal } = await this.proposals.findVisible(id, actor, manager, true);
      if (!ProposalsPolicy.canTransition(proposal.status, input.status)) {
        throw new AppError('proposals.invalid_transition', { fields: [{ path: 'status', code: 'invalid_option' }] });
      }
      const repo = new ProposalsRepository(manager);
      let mergedIntoId: string | null = null;
      if (input.status === 'merged') {
        const target = await repo.findById(input.mergedIntoId!);
        if (!target || target.id === id || target.status === 'draft')
          throw AppError.validation([{ path: 'mergedIntoId', code: 'invalid' }]);
        mergedIntoId = target.id;
      }
      const planActionId = ['accepted', 'partially_accepted'].includes(input.status) ? (input.planActionId ?? null) : null;
      await repo.setAnswer(id, { status: input.status, statusChangedAt: new Date(), mergedIntoId, planActionId });
      await repo.insertStatusChange({
        proposalId: id,
        fromStatus: proposal.status,
        toStatus: input.status,
        text: input.text,
        mergedIntoId,
        planActionId,
        actorId: actor.id,
      });
      await this.moderation.audit(manager, {
        targetType: 'proposal',
        targetId: id,
        action: 'status_change',
        reason: input.text,
        data: { from: proposal.status, to: input.status, mergedIntoId, planActionId },
        actorId: actor.id,
      });
      const recipients = await this.proposals.coauthorUserIds(manager, id, proposal.authorId);
      return this.notifications.create(
        manager,
        recipients.map((userId) => ({
          userId,
          kind: 'proposal_status',
          params: { title: proposal.title, status: input.status },
          link: `/proposals/${id}`,
        })),
      );
    });
    await delivery.deliver();
    return this.proposals.get(id, actor);
  }
}
