import { Controller, HttpCode, Inject, Param, Req, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  acceptInvitationRequestSchema,
  createInvitationsRequestSchema,
  importInvitationsRequestSchema,
  invitationListQuerySchema,
  tokenRequestSchema,
  type AcceptInvitationRequest,
  type CreateInvitationsRequest,
  type ImportInvitationsRequest,
  type InvitationInvitee,
  type TokenRequest,
  INVITATIONS_ROUTES,
} from '@polyphony/contracts';
import { ENV, type Env } from '../core/config/env';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { startSessionCookie } from '../core/auth/session-cookie';
import { AppError } from '../core/errors/app-error';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import { requestLanguage, type AuthedRequest } from '../core/http/request-context';
import { SessionsService } from '../auth/sessions.service';
import type { UserEntity } from '../users/user.entity';
import { toMe } from '../users/user.mapper';
import { InvitationsPolicy } from './invitations.policy';
import { InvitationsService } from './invitations.service';
import { UuidParam } from '../core/http/params';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  private guard(actor: UserEntity) {
    if (!InvitationsPolicy.canInvite(actor)) throw AppError.forbidden();
  }

  @Route(INVITATIONS_ROUTES.create)
  @SignedIn()
  @ApiOperation({ summary: 'Invite people by e-mail (officials and admins); lines already invited are reported' })
  create(
    @CurrentUser() actor: UserEntity,
    @ZodBody(createInvitationsRequestSchema) body: CreateInvitationsRequest,
    @Req() req: AuthedRequest,
  ) {
    this.guard(actor);
    return this.invitations.create(actor, body, body.invitees as InvitationInvitee[], requestLanguage(req));
  }

  @Route(INVITATIONS_ROUTES.import)
  @SignedIn()
  @ApiOperation({ summary: 'Invite from a CSV file (name, email, organisation, category, country, language); errors per line' })
  import(
    @CurrentUser() actor: UserEntity,
    @ZodBody(importInvitationsRequestSchema) body: ImportInvitationsRequest,
    @Req() req: AuthedRequest,
  ) {
    this.guard(actor);
    return this.invitations.importCsv(actor, body, body.csv, requestLanguage(req));
  }

  @Route(INVITATIONS_ROUTES.list)
  @SignedIn()
  @ApiOperation({ summary: 'Invitations and their state (sent, opened, accepted, expired, revoked)' })
  list(@CurrentUser() actor: UserEntity, @ZodQuery(invitationListQuerySchema) query: Parsed<typeof invitationListQuerySchema>) {
    this.guard(actor);
    return this.invitations.list(query);
  }

  @Route(INVITATIONS_ROUTES.remind)
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the invitation again with a new link' })
  remind(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    this.guard(actor);
    return this.invitations.remind(actor, id);
  }

  @Route(INVITATIONS_ROUTES.revoke)
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an invitation: its link stops working' })
  revoke(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    this.guard(actor);
    return this.invitations.revoke(actor, id);
  }

  @Route(INVITATIONS_ROUTES.notYetHeard)
  @SignedIn()
  @ApiOperation({ summary: "Institutions invited to a consultation's interviews that have not been heard yet" })
  async notYetHeard(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    this.guard(actor);
    return { items: await this.invitations.notYetHeard(id) };
  }

  @Route(INVITATIONS_ROUTES.preview)
  @HttpCode(200)
  @ApiOperation({ summary: 'What an invitation link offers (records that it was opened)' })
  preview(@ZodBody(tokenRequestSchema) body: TokenRequest, @Req() req: AuthedRequest) {
    return this.invitations.preview(body.token, requestLanguage(req));
  }

  @Route(INVITATIONS_ROUTES.accept)
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept: attaches to the signed-in account, or creates a verified account and signs in' })
  async accept(
    @ZodBody(acceptInvitationRequestSchema) body: AcceptInvitationRequest,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { user, sessionToken, invitation } = await this.invitations.accept(req.user, body, {
      ip: req.ip,
      userAgent: req.headers['user-agent'],
    });
    if (sessionToken) startSessionCookie(req, res, this.env, sessionToken, this.sessions.ttlMs);
    return { me: toMe(user), invitation };
  }
}
