import { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from '../../users/user.entity';
import { ProposalAnswersService } from '../../proposals/proposal-answers.service';
import { PlanSuggestionsRepository } from './plan-suggestions.repository';

const logger = new Logger('plan');

/**
 * Integration point with proposals (apps/api/src/proposals): accepting a suggestion made from a
 * proposal records the proposal's official answer, "accepted", linked to the plan action
 * (proposals.plan_action_id), through the proposals feature's own ProposalAnswersService, so its
 * rules, audit log and co-author notifications apply. It runs after the plan transaction commits
 * (that service opens its own transaction); a proposal still "submitted" is first put under
 * evaluation, one already answered is reopened, as its lifecycle requires.
 */
export async function answerProposalAsAction(
  moduleRef: ModuleRef,
  manager: EntityManager,
  actor: UserEntity,
  proposalId: string,
  planActionId: string,
  text: string,
): Promise<void> {
  try {
    const answers = moduleRef.get(ProposalAnswersService, { strict: false });
    const row = await new PlanSuggestionsRepository(manager).proposalState(proposalId);
    if (!row) return;
    if (row.status === 'accepted' && row.planActionId === planActionId) return;
    if (row.status !== 'under_evaluation') await answers.setStatus(actor, proposalId, { status: 'under_evaluation', text: '' });
    await answers.setStatus(actor, proposalId, { status: 'accepted', text, planActionId });
  } catch (error) {
    logger.warn({ err: error, proposalId, planActionId }, 'could not record the proposal’s official answer');
  }
}
