import { route, type FileResponse } from '../common/routes';
import {
  coauthorSearchQuerySchema,
  commentListQuerySchema,
  commentVoteRequestSchema,
  createCommentRequestSchema,
  createProposalRequestSchema,
  endorseRequestSchema,
  invitationDecisionSchema,
  inviteCoauthorRequestSchema,
  proposalExportQuerySchema,
  proposalListQuerySchema,
  proposalStatusRequestSchema,
  updateCommentRequestSchema,
  updateProposalRequestSchema,
  versionDiffQuerySchema,
} from './proposals.contracts';
import type {
  Coauthor,
  CoauthorCandidates,
  CommentThreadPage,
  Proposal,
  ProposalComment,
  ProposalSummary,
  ProposalVersion,
  SupportState,
  VersionDiff,
} from './proposals.contracts';
import type { Page } from '../common/pagination';

/** ProposalCommentsController (proposals/proposal-comments.controller.ts). */
export const PROPOSAL_COMMENTS_ROUTES = {
  list: route('GET', '/proposals/:id/comments', { query: commentListQuerySchema }).returns<CommentThreadPage>(),
  create: route('POST', '/proposals/:id/comments', { body: createCommentRequestSchema }).returns<ProposalComment>(),
  edit: route('PATCH', '/proposals/:id/comments/:commentId', { body: updateCommentRequestSchema }).returns<ProposalComment>(),
  vote: route('PUT', '/proposals/:id/comments/:commentId/vote', { body: commentVoteRequestSchema }).returns<
    Pick<ProposalComment, 'myVote' | 'agreeCount' | 'disagreeCount'>
  >(),
} as const;

/** ProposalsController (proposals/proposals.controller.ts). */
export const PROPOSALS_ROUTES = {
  list: route('GET', '/proposals', { query: proposalListQuerySchema }).returns<Page<ProposalSummary>>(),
  create: route('POST', '/proposals', { body: createProposalRequestSchema }).returns<Proposal>(),
  invitations: route('GET', '/proposals/invitations').returns<(Coauthor & { proposal: { id: string; title: string; status: string } })[]>(),
  export: route('GET', '/proposals/export.csv', { query: proposalExportQuerySchema }).returns<FileResponse<'text/csv'>>(),
  get: route('GET', '/proposals/:id').returns<Proposal>(),
  update: route('PATCH', '/proposals/:id', { body: updateProposalRequestSchema }).returns<Proposal>(),
  submit: route('POST', '/proposals/:id/submit').returns<Proposal>(),
  coauthorCandidates: route('GET', '/proposals/:id/coauthor-candidates', {
    query: coauthorSearchQuerySchema,
  }).returns<CoauthorCandidates>(),
  invite: route('POST', '/proposals/:id/coauthors', { body: inviteCoauthorRequestSchema }).returns<Proposal>(),
  respond: route('POST', '/proposals/:id/coauthors/:coauthorId', { body: invitationDecisionSchema }).returns<Proposal>(),
  support: route('PUT', '/proposals/:id/support').returns<SupportState>(),
  unsupport: route('DELETE', '/proposals/:id/support').returns<SupportState>(),
  endorse: route('PUT', '/proposals/:id/endorsements', { body: endorseRequestSchema }).returns<Proposal>(),
  unendorse: route('DELETE', '/proposals/:id/endorsements', { body: endorseRequestSchema }).returns<Proposal>(),
  status: route('POST', '/proposals/:id/status', { body: proposalStatusRequestSchema }).returns<Proposal>(),
  listVersions: route('GET', '/proposals/:id/versions').returns<ProposalVersion[]>(),
  diff: route('GET', '/proposals/:id/diff', { query: versionDiffQuerySchema }).returns<VersionDiff>(),
} as const;
