import { LANGUAGES, type Language } from '@polyphony/contracts';
import { translate } from '@polyphony/i18n';
import type { Mail } from '../notifications/mailer.service';

export type AccountMailKind = 'passwordReset' | 'emailVerify' | 'emailChange';

export const mailLanguage = (lang: string | null | undefined): Language =>
  (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Language) : 'fr';

/** Greeting, body and footer, all in the recipient's language. */
export function composeMail(lang: Language, to: string, subjectKey: string, paragraphs: string[], name: string, platform: string): Mail {
  const t = (key: string, params?: Record<string, unknown>) => translate(lang, `accounts:${key}`, params);
  return {
    to,
    subject: t(subjectKey),
    text: [t('mail.greeting', { name }), '', ...paragraphs.flatMap((p) => [p, '']), '--', t('mail.footer', { platform })].join('\n'),
  };
}

export function accountMail(
  kind: AccountMailKind,
  user: { email: string; displayName: string; lang: string },
  link: string,
  platform: string,
): Mail {
  const lang = mailLanguage(user.lang);
  return composeMail(
    lang,
    user.email,
    `mail.${kind}.subject`,
    [translate(lang, `accounts:mail.${kind}.body`, { link })],
    user.displayName,
    platform,
  );
}
