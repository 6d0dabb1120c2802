import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Env } from '../core/config/env';
import { hashPassword } from '../auth/passwords';
import { UserEntity } from '../users/user.entity';

export const DEFAULT_ADMIN_EMAIL = 'admin@polyphony.local';

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
  await users.insert({
    email,
    passwordHash: await hashPassword(password),
    displayName: 'Administrator',
    preferredLanguage: 'fr',
    category: 'official',
    country: 'ES',
    role: 'admin',
    privacyConsentAt: new Date(),
    privacyConsentVersion: 'admin',
  });
  if (!env.ADMIN_PASSWORD) {
    const line = '='.repeat(64);
    const message = `\n${line}\n  Admin account created: ${email}\n  Password (shown only this once): ${password}\n${line}\n`;
    console.log(message);
  } else {
    announce(`admin account created for ${email}`);
  }
}
