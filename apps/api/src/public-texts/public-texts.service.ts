import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  CONSENT_TEXT_KINDS,
  PRIVACY_TERMS_VERSION,
  PUBLIC_TEXT_LIMITS,
  type ConsentStatus,
  type PublicText,
  type PublicTextKind,
  type PublicTexts,
  type TranslatedText,
  type UpdateProfileRequest,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { renderTranslatedMarkdown } from '../core/text/markdown';
import type { UserEntity } from '../users/user.entity';
import { profilePatch } from '../users/users.service';
import type { PublicTextEntity } from './public-text.entity';
import { PublicTextsRepository } from './public-texts.repository';

/** Plain text: the headline and the introduction sit in the home page's banner, not Markdown. */
const PLAIN: readonly PublicTextKind[] = ['home_headline', 'home_intro'];

function toPublicText(t: PublicTextEntity): PublicText {
  const html = PLAIN.includes(t.kind) ? {} : renderTranslatedMarkdown(t.body);
  return { kind: t.kind, version: t.version, body: t.body, html, updatedAt: t.createdAt.toISOString() };
}

/** The home headline and introduction, the about page, the privacy notice and the terms, versioned. */
@Injectable()
export class PublicTextsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async current(): Promise<PublicTexts> {
    const rows = await new PublicTextsRepository(this.db.manager).latest();
    return Object.fromEntries(rows.map((r) => [r.kind, toPublicText(r)]));
  }

  async save(actor: UserEntity, kind: PublicTextKind, body: TranslatedText): Promise<PublicText> {
    const clean = Object.fromEntries(Object.entries(body).filter(([, v]) => Boolean(v)));
    const max = PUBLIC_TEXT_LIMITS[kind];
    const long = Object.entries(clean).filter(([, v]) => (v as string).length > max);
    if (long.length) throw AppError.validation(long.map(([lang]) => ({ path: `body.${lang}`, code: 'too_long', params: { max } })));
    const saved = await this.db.transaction((manager) => new PublicTextsRepository(manager).append(kind, clean, actor.id));
    return toPublicText(saved);
  }

  /**
   * The consent the privacy notice and terms ask for: "p<privacy version>-t<terms version>", or the
   * built-in version while neither was written here. `since` is when the current one was published.
   */
  async consentVersion(): Promise<{ version: string; since: Date | null }> {
    const rows = await new PublicTextsRepository(this.db.manager).latest(CONSENT_TEXT_KINDS);
    if (!rows.length) return { version: PRIVACY_TERMS_VERSION, since: null };
    const v = (kind: PublicTextKind) => rows.find((r) => r.kind === kind)?.version ?? 0;
    const since = new Date(Math.max(...rows.map((r) => r.createdAt.getTime())));
    return { version: `p${v('privacy')}-t${v('terms')}`, since };
  }

  /**
   * Someone who consented before the current texts were published is asked again; registration counts
   * as consent. Someone who never consented (single sign-on skips registration) is asked too, with
   * their profile to complete.
   */
  async consentStatus(user: UserEntity): Promise<ConsentStatus> {
    const { version, since } = await this.consentVersion();
    const firstTime = user.privacyConsentAt === null;
    const upToDate = !since || user.privacyConsentVersion === version || (user.privacyConsentAt !== null && user.privacyConsentAt >= since);
    return { version, required: firstTime || !upToDate, completeProfile: firstTime };
  }

  async consent(user: UserEntity, version: string, profile?: UpdateProfileRequest): Promise<ConsentStatus> {
    const current = await this.consentVersion();
    // Texts changed while the person was reading: they must read the new ones.
    if (version !== current.version) throw AppError.conflict();
    if (user.privacyConsentAt === null && !profile) throw AppError.validation([{ path: 'profile', code: 'required' }]);
    await this.db.transaction(async (manager) => {
      const texts = new PublicTextsRepository(manager);
      if (profile) await texts.completeProfile(user.id, profilePatch(user, profile));
      await texts.recordConsent(user.id, version);
    });
    return { version, required: false, completeProfile: false };
  }
}
