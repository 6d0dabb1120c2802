import { ProposalEntity } from './proposal.entity';
import { ProposalCoauthorEntity } from './proposal-coauthor.entity';
import { ProposalVersionEntity } from './proposal-version.entity';
import { ProposalEndorsementEntity, ProposalSupportEntity } from './proposal-support.entity';
import { ProposalCommentEntity, ProposalCommentVoteEntity } from './proposal-comment.entity';
import { ProposalStatusChangeEntity } from './proposal-status-change.entity';

export const PROPOSAL_ENTITIES = [
  ProposalEntity,
  ProposalCoauthorEntity,
  ProposalVersionEntity,
  ProposalSupportEntity,
  ProposalEndorsementEntity,
  ProposalCommentEntity,
  ProposalCommentVoteEntity,
  ProposalStatusChangeEntity,
];
