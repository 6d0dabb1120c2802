import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEFAULT_LANGUAGE, type Language } from '@polyphony/contracts';
import type { Env } from '../core/config/env';
import { hashPassword } from '../auth/passwords';
import { UserEntity } from '../users/user.entity';

export const DEFAULT_ADMIN_EMAIL = 'admin@polyphony.local';
/**
 * The consent mark of the admin created at boot: until the territory is set up, their language follows
 * the browser they sign in with; the setup then gives them the territory's default language and country.
 */
export const BOOT_ADMIN_CONSENT = 'admin';

/**
 * On a database without any admin, creates one from ADMIN_EMAIL / ADMIN_PASSWORD,
 * or with a generated password printed once (it is stored only as an argon2id hash).
 */
export async function ensureAdmin(db: DataSource, env: Env, announce: (message: string) => void): Promise<void> {
  const users = db.getRepository(UserEntity);
  if (await users.existsBy({ role: 'admin' })) return;
  const email = (env.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
  const password = env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
  const existing = await users.findOneBy({ email });
  if (existing) {
    await users.update({ id: existing.id }, { role: 'admin' });
    return;
  }
  // A territory already set up gives its language and country; before setup they are placeholders.
  const [territory]: { default_language: Language; country: string }[] = await db.query(
    `SELECT default_language, country FROM territories ORDER BY created_at LIMIT 1`,
  );
  await users.insert({
    email,
    passwordHash: await hashPassword(password),
    displayName: 'Administrator',
    preferredLanguage: territory?.default_language ?? DEFAULT_LANGUAGE,
    category: 'official',
    country: territory?.country ?? 'FR',
    role: 'admin',
    privacyConsentAt: new Date(),
    privacyConsentVersion: BOOT_ADMIN_CONSENT,
  });
  if (!env.ADMIN_PASSWORD) {
    const line = '='.repeat(64);
    const message = `\n${line}\n  Admin account created: ${email}\n  Password (shown only this once): ${password}\n${line}\n`;
    console.log(message);
  } else {
    announce(`admin account created for ${email}`);
  }
}
