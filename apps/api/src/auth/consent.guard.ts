import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { AppError } from '../core/errors/app-error';
import type { AuthedRequest } from '../core/http/request-context';

/** What someone who never accepted the privacy notice and terms may still write: that consent, their account, its links. */
const ALWAYS_ALLOWED = ['/api/auth/', '/api/me', '/api/consent', '/api/invitations/', '/api/notifications'];

/**
 * An account that never consented (single sign-on skips registration, where consent is asked) reads
 * everything but writes nothing until it accepts the privacy notice and terms (issue 14).
 */
@Injectable()
export class ConsentGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const user = req.user;
    if (!user || user.privacyConsentAt) return true;
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return true;
    const path = (req.originalUrl ?? req.url).split('?')[0];
    if (ALWAYS_ALLOWED.some((prefix) => path.startsWith(prefix))) return true;
    throw new AppError('auth.consent_required');
  }
}
