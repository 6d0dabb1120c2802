import { applyDecorators, createParamDecorator, SetMetadata, UseGuards, type ExecutionContext } from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import type { Role } from '@polyphony/contracts';
import type { AuthedRequest } from '../http/request-context';
import { SignedInGuard, ROLES_KEY } from './signed-in.guard';

/** The route needs a signed-in person, optionally with one of these platform roles. */
export function SignedIn(...roles: Role[]) {
  return applyDecorators(SetMetadata(ROLES_KEY, roles), UseGuards(SignedInGuard), ApiCookieAuth('session'));
}

/** The signed-in user (routes guarded by @SignedIn) or undefined on public routes. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().user;
});
