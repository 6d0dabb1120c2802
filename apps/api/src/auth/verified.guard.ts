import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { AppError } from '../core/errors/app-error';
import type { AuthedRequest } from '../core/http/request-context';
import { AccountSettingsService } from './account-settings.service';

/** What an unverified person may still write: their account, its links, their notifications. */
const ALWAYS_ALLOWED = ['/api/auth/', '/api/me', '/api/invitations/', '/api/notifications'];

/**
 * When the admins say so, a participant who has not confirmed their e-mail address reads
 * everything but writes nothing outside their own account.
 */
@Injectable()
export class VerifiedGuard implements CanActivate {
  constructor(private readonly settings: AccountSettingsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const user = req.user;
    if (!user || user.emailVerifiedAt || user.role !== 'participant') return true;
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return true;
    const path = (req.originalUrl ?? req.url).split('?')[0];
    if (ALWAYS_ALLOWED.some((prefix) => path.startsWith(prefix))) return true;
    if ((await this.settings.get()).unverifiedMayContribute) return true;
    throw new AppError('auth.email_unverified');
  }
}
