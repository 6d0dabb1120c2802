import type { Request } from 'express';
import { DEFAULT_LANGUAGE, negotiateLanguage, type Language } from '@polyphony/contracts';
import type { UserEntity } from '../../users/user.entity';

export interface AuthedRequest extends Request {
  id: string;
  user?: UserEntity;
  sessionHash?: string;
}

/** The reader's language: what the UI asks for (Accept-Language), else the profile, else French. */
export function requestLanguage(req: Partial<AuthedRequest>): Language {
  return negotiateLanguage(req.headers?.['accept-language']) ?? req.user?.preferredLanguage ?? DEFAULT_LANGUAGE;
}
