import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@polyphony/contracts';
import { AppError } from '../errors/app-error';
import type { AuthedRequest } from '../http/request-context';

export const ROLES_KEY = 'polyphony:roles';

@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<AuthedRequest>().user;
    if (!user) throw AppError.unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, [context.getHandler(), context.getClass()]) ?? [];
    if (roles.length && !roles.includes(user.role)) throw AppError.forbidden();
    return true;
  }
}
