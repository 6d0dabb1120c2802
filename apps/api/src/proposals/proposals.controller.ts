import { Controller, HttpCode, Param, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  createProposalRequestSchema,
  endorseRequestSchema,
  invitationDecisionSchema,
  coauthorSearchQuerySchema,
  inviteCoauthorRequestSchema,
  proposalExportQuerySchema,
  proposalListQuerySchema,
  proposalStatusRequestSchema,
  updateProposalRequestSchema,
  versionDiffQuerySchema,
  type CreateProposalRequest,
  type EndorseRequest,
  type InvitationDecision,
  type InviteCoauthorRequest,
  type ProposalExportQuery,
  type UpdateProposalRequest,
  PROPOSALS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { ProposalsService } from './proposals.service';
import { ProposalsExportService } from './proposals-export.service';
import { ProposalCoauthorsService } from './proposal-coauthors.service';
import { ProposalSupportsService } from './proposal-supports.service';
import { ProposalAnswersService } from './proposal-answers.service';
import { ProposalVersionsService } from './proposal-versions.service';
import { UuidParam } from '../core/http/params';

@ApiTags('proposals')
@Controller()
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly coauthors: ProposalCoauthorsService,
    private readonly supports: ProposalSupportsService,
    private readonly answers: ProposalAnswersService,
    private readonly versions: ProposalVersionsService,
    private readonly exports: ProposalsExportService,
  ) {}

  @Route(PROPOSALS_ROUTES.list)
  @ApiOperation({
    summary: 'Published proposals: search in any language, filters, sorts, keyset pages (mine=true: my own, drafts included)',
  })
  list(@ZodQuery(proposalListQuerySchema) query: Parsed<typeof proposalListQuerySchema>, @CurrentUser() viewer?: UserEntity) {
    return this.proposals.list(query, viewer);
  }

  @Route(PROPOSALS_ROUTES.create)
  @SignedIn()
  @ApiOperation({ summary: 'Start a proposal (a draft, version 1)' })
  create(@CurrentUser() actor: UserEntity, @ZodBody(createProposalRequestSchema) body: CreateProposalRequest) {
    return this.proposals.create(actor, body);
  }

  @Route(PROPOSALS_ROUTES.invitations)
  @SignedIn()
  @ApiOperation({ summary: 'My pending co-authorship invitations (mine and my organisations’)' })
  invitations(@CurrentUser() actor: UserEntity) {
    return this.proposals.invitations(actor);
  }

  @Route(PROPOSALS_ROUTES.export)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Published proposals as CSV: texts as written with their language, and their machine translation (officials)' })
  async export(@CurrentUser() actor: UserEntity, @ZodQuery(proposalExportQuerySchema) query: ProposalExportQuery, @Res() res: Response) {
    const to = query.lang ?? actor.preferredLanguage;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="proposals-${to}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    await this.exports.write(res, actor, to, query.consultationId, query.separator);
  }

  @Route(PROPOSALS_ROUTES.get)
  @ApiOperation({ summary: 'One proposal with co-authors, counts per category, answer history and what the viewer may do' })
  get(@Param('id', UuidParam) id: string, @CurrentUser() viewer?: UserEntity) {
    return this.proposals.get(id, viewer);
  }

  @Route(PROPOSALS_ROUTES.update)
  @SignedIn()
  @ApiOperation({ summary: 'Edit a draft (co-authors): a new version' })
  update(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateProposalRequestSchema) body: UpdateProposalRequest,
  ) {
    return this.proposals.update(actor, id, body);
  }

  @Route(PROPOSALS_ROUTES.submit)
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Submit (publish) a draft' })
  submit(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    return this.proposals.submit(actor, id);
  }

  @Route(PROPOSALS_ROUTES.coauthorCandidates)
  @SignedIn()
  @ApiOperation({ summary: 'People and organisations to invite, by name prefix (the draft’s editors; names only, never e-mails)' })
  coauthorCandidates(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodQuery(coauthorSearchQuerySchema) query: Parsed<typeof coauthorSearchQuerySchema>,
  ) {
    return this.coauthors.candidates(actor, id, query.q);
  }

  @Route(PROPOSALS_ROUTES.invite)
  @SignedIn()
  @ApiOperation({ summary: 'Invite a person (by e-mail) or an organisation to co-author' })
  invite(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(inviteCoauthorRequestSchema) body: InviteCoauthorRequest,
  ) {
    return this.coauthors.invite(actor, id, body);
  }

  @Route(PROPOSALS_ROUTES.respond)
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Accept or decline an invitation (for an organisation: a member who may act for it)' })
  respond(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('coauthorId', UuidParam) coauthorId: string,
    @ZodBody(invitationDecisionSchema) body: InvitationDecision,
  ) {
    return this.coauthors.respond(actor, id, coauthorId, body);
  }

  @Route(PROPOSALS_ROUTES.support)
  @SignedIn()
  @ApiOperation({ summary: 'Support (idempotent)' })
  support(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    return this.supports.support(actor, id, true);
  }

  @Route(PROPOSALS_ROUTES.unsupport)
  @SignedIn()
  @ApiOperation({ summary: 'Withdraw my support (idempotent)' })
  unsupport(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    return this.supports.support(actor, id, false);
  }

  @Route(PROPOSALS_ROUTES.endorse)
  @SignedIn()
  @ApiOperation({ summary: 'Endorse in an organisation’s name (active members)' })
  endorse(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(endorseRequestSchema) body: EndorseRequest) {
    return this.supports.endorse(actor, id, body.organisationId, true);
  }

  @Route(PROPOSALS_ROUTES.unendorse)
  @SignedIn()
  @ApiOperation({ summary: 'Withdraw an organisation’s endorsement' })
  unendorse(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(endorseRequestSchema) body: EndorseRequest) {
    return this.supports.endorse(actor, id, body.organisationId, false);
  }

  @Route(PROPOSALS_ROUTES.status)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Official answer: under evaluation, accepted, partially accepted, not retained, merged' })
  status(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(proposalStatusRequestSchema) body: Parsed<typeof proposalStatusRequestSchema>,
  ) {
    return this.answers.setStatus(actor, id, body);
  }

  @Route(PROPOSALS_ROUTES.listVersions)
  @ApiOperation({ summary: 'Versions, newest first' })
  listVersions(@Param('id', UuidParam) id: string, @CurrentUser() viewer?: UserEntity) {
    return this.versions.list(id, viewer);
  }

  @Route(PROPOSALS_ROUTES.diff)
  @ApiOperation({ summary: 'Word diff between two versions' })
  diff(
    @Param('id', UuidParam) id: string,
    @ZodQuery(versionDiffQuerySchema) query: Parsed<typeof versionDiffQuerySchema>,
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.versions.diff(id, query.from, query.to, viewer, query.lang);
  }
}
