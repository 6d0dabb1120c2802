import { Controller, HttpCode, Inject, Req, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  changePasswordRequestSchema,
  deleteAccountRequestSchema,
  updateProfileRequestSchema,
  type ChangePasswordRequest,
  type DeleteAccountRequest,
  type Me,
  type UpdateProfileRequest,
  ME_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { clearAuthCookies, secureCookies } from '../core/auth/cookies';
import { ENV, type Env } from '../core/config/env';
import { ZodBody } from '../core/errors/zod-validation';
import type { AuthedRequest } from '../core/http/request-context';
import { AuthService } from '../auth/auth.service';
import { AccountsService } from '../auth/accounts.service';
import { OrganisationsService } from '../organisations/organisations.service';
import type { UserEntity } from './user.entity';
import { toMe } from './user.mapper';
import { UsersService } from './users.service';
import { sendExport } from './export-download';

@ApiTags('me')
@Controller()
@SignedIn()
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly organisations: OrganisationsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Route(ME_ROUTES.me)
  @ApiOperation({ summary: 'The signed-in person (401 when signed out)' })
  async me(@CurrentUser() user: UserEntity, @Res({ passthrough: true }) res: Response): Promise<Me> {
    res.setHeader('Cache-Control', 'no-store');
    return { ...toMe(user), pendingEmail: await this.accounts.pendingEmail(user.id) };
  }

  @Route(ME_ROUTES.update)
  @ApiOperation({ summary: 'Edit my profile' })
  async update(@CurrentUser() user: UserEntity, @ZodBody(updateProfileRequestSchema) body: UpdateProfileRequest): Promise<Me> {
    return toMe(await this.users.updateProfile(user, body));
  }

  @Route(ME_ROUTES.changePassword)
  @HttpCode(204)
  @ApiOperation({ summary: 'Change my password (signs out my other sessions)' })
  async changePassword(
    @CurrentUser() user: UserEntity,
    @ZodBody(changePasswordRequestSchema) body: ChangePasswordRequest,
    @Req() req: AuthedRequest,
  ) {
    await this.auth.changePassword(user, body, req.sessionHash);
  }

  @Route(ME_ROUTES.export)
  @ApiOperation({ summary: 'Download everything held about me (JSON)' })
  async export(@CurrentUser() user: UserEntity, @Res() res: Response) {
    sendExport(res, await this.users.export(user.id));
  }

  @Route(ME_ROUTES.myOrganisations)
  @ApiOperation({ summary: 'Organisations I belong to or asked to join' })
  async myOrganisations(@CurrentUser() user: UserEntity) {
    return { items: await this.organisations.listForUser(user.id) };
  }

  @Route(ME_ROUTES.remove)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete my account (contributions stay, pseudonymised)' })
  async remove(
    @CurrentUser() user: UserEntity,
    @ZodBody(deleteAccountRequestSchema) body: DeleteAccountRequest,
    @Req() req: AuthedRequest,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.users.deleteAccount(user, body.password);
    clearAuthCookies(res, secureCookies(req, this.env));
  }
}
