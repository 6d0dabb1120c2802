import { Controller, Param, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  blockUserRequestSchema,
  setRoleRequestSchema,
  userListQuerySchema,
  type BlockUserRequest,
  type SetRoleRequest,
  USERS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { AppError } from '../core/errors/app-error';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from './user.entity';
import { toUserSummary } from './user.mapper';
import { UsersPolicy } from './users.policy';
import { UsersService } from './users.service';
import { sendExport } from './export-download';
import { UuidParam } from '../core/http/params';

@ApiTags('users')
@Controller()
@SignedIn()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Route(USERS_ROUTES.list)
  @ApiOperation({ summary: 'People on the platform (admins and officials)' })
  async list(@CurrentUser() actor: UserEntity, @ZodQuery(userListQuerySchema) query: Parsed<typeof userListQuerySchema>) {
    if (!UsersPolicy.canListUsers(actor)) throw AppError.forbidden();
    const page = await this.users.list(query);
    const withEmail = UsersPolicy.canSeeEmails(actor);
    return { items: page.items.map((u) => toUserSummary(u, withEmail)), nextCursor: page.nextCursor };
  }

  @Route(USERS_ROUTES.setRole)
  @ApiOperation({ summary: 'Grant a platform role (admins only; audit-logged)' })
  async setRole(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @ZodBody(setRoleRequestSchema) body: SetRoleRequest) {
    if (!UsersPolicy.canGrantRoles(actor) || !UsersPolicy.canChangeRoleOf(actor, id)) throw AppError.forbidden();
    return toUserSummary(await this.users.setRole(actor, id, body.role), true);
  }

  @Route(USERS_ROUTES.block)
  @ApiOperation({ summary: 'Block a person with a reason: their sessions end (admins only; audit-logged)' })
  async block(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(blockUserRequestSchema) body: BlockUserRequest,
  ) {
    if (!UsersPolicy.canBlock(actor, id)) throw AppError.forbidden();
    return toUserSummary(await this.users.block(actor, id, body.reason), true);
  }

  @Route(USERS_ROUTES.unblock)
  @ApiOperation({ summary: 'Unblock a person (admins only; audit-logged)' })
  async unblock(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    if (!UsersPolicy.canBlock(actor, id)) throw AppError.forbidden();
    return toUserSummary(await this.users.unblock(actor, id), true);
  }

  @Route(USERS_ROUTES.export)
  @ApiOperation({ summary: "A person's data export: only to that person" })
  async export(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string, @Res() res: Response) {
    if (!UsersPolicy.canExport(actor, id)) throw AppError.forbidden();
    sendExport(res, await this.users.export(id));
  }
}
