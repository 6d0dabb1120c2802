import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContributionsService } from '../contributions/contributions.service';
import { ModerationService } from '../moderation/moderation.service';
import { ProposalCommentsRepository } from './proposal-comments.repository';
import { ProposalsRepository } from './proposals.repository';

/** Registers proposals and their comments as content that can be reported and hidden. */
@Injectable()
export class ProposalsModeration implements OnModuleInit {
  constructor(
    private readonly moderation: ModerationService,
    private readonly contributions: ContributionsService,
  ) {}

  onModuleInit() {
    this.moderation.register('proposal', {
      load: (manager, ids) => new ProposalsRepository(manager).moderationSubjects(ids),
      setHidden: async (manager, id, hidden) => {
        await new ProposalsRepository(manager).setHidden(id, hidden);
        await this.contributions.setHidden(manager, 'proposal', id, hidden);
      },
    });
    this.moderation.register('proposal_comment', {
      load: (manager, ids) => new ProposalCommentsRepository(manager).moderationSubjects(ids),
      setHidden: (manager, id, hidden) => this.setCommentHidden(manager, id, hidden),
    });
  }

  /** A hidden comment leaves the visible count and synthesis; restoring brings it back. */
  private async setCommentHidden(manager: EntityManager, id: string, hidden: boolean) {
    await new ProposalCommentsRepository(manager).setHidden(id, hidden);
    await this.contributions.setHidden(manager, 'proposal_comment', id, hidden);
  }
}
