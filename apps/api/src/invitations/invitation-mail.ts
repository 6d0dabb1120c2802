import { translate } from '@polyphony/i18n';
import type { Mail } from '../notifications/mailer.service';
import { composeMail, mailLanguage } from '../auth/account-mail';
import type { InvitationEntity } from './invitation.entity';

/** The invitation e-mail, in the invitee's language. */
export function invitationMail(
  invitation: InvitationEntity,
  ctx: { inviter: string; territory: string; timeZone: string; title: string | null; link: string; platform: string },
): Mail {
  const lang = mailLanguage(invitation.language);
  const t = (key: string, params?: Record<string, unknown>) => translate(lang, `accounts:mail.invitation.${key}`, params);
  // The expiry date as the territory reads it (its time zone), not the server's.
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: ctx.timeZone }).format(invitation.expiresAt);
  const organisation = invitation.organisationName;
  const paragraphs = [
    t(invitation.targetType, { inviter: ctx.inviter, territory: ctx.territory, title: ctx.title ?? '' }),
    ...(organisation ? [t('organisationLine', { organisation })] : []),
    t('action', { date, link: ctx.link }),
  ];
  const mail = composeMail(lang, invitation.email, 'mail.invitation.subject', paragraphs, invitation.name, ctx.platform);
  return { ...mail, subject: t('subject', { inviter: ctx.inviter }) };
}
