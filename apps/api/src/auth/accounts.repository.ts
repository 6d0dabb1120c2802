import type { EntityManager } from 'typeorm';
import type { Language } from '@polyphony/contracts';
import { UserEntity } from '../users/user.entity';

/** A person to create from registration or a first single sign-on. */
export type NewAccount = Pick<
  UserEntity,
  | 'email'
  | 'passwordHash'
  | 'displayName'
  | 'preferredLanguage'
  | 'category'
  | 'country'
  | 'role'
  | 'privacyConsentAt'
  | 'privacyConsentVersion'
> &
  Partial<Pick<UserEntity, 'originTerritory' | 'oidcSubject' | 'emailVerifiedAt'>>;

/** The accounts' SQL for signing in, registering and the single-use links: people found and changed by the auth feature. */
export class AccountsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get users() {
    return this.manager.getRepository(UserEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  /** The account linked to this single sign-on identity (`issuer|subject`). */
  findByOidcSubject(subject: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ oidcSubject: subject });
  }

  /** Whether an account (even a blocked one) already uses the address. */
  emailTaken(email: string): Promise<boolean> {
    return this.users.exists({ where: { email } });
  }

  create(account: NewAccount): Promise<UserEntity> {
    return this.users.save(this.users.create(account));
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.users.update({ id: userId }, { passwordHash });
  }

  async setPreferredLanguage(userId: string, preferredLanguage: Language): Promise<void> {
    await this.users.update({ id: userId }, { preferredLanguage });
  }

  /** A confirmed change of address: the new one is proven by the link opened. */
  async changeEmail(userId: string, email: string): Promise<void> {
    await this.users.update({ id: userId }, { email, emailVerifiedAt: new Date() });
  }

  /** Links a single sign-on identity to an existing account; the provider vouched for its address. */
  async linkOidc(userId: string, subject: string, emailVerifiedAt: Date): Promise<void> {
    await this.users.update({ id: userId }, { oidcSubject: subject, emailVerifiedAt });
  }
}
