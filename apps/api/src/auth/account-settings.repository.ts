import type { EntityManager } from 'typeorm';
import { AccountSettingsEntity } from './account-settings.entity';

/** The platform's account rules' SQL: one row, id 1, absent until an admin first saves them. */
export class AccountSettingsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get settings() {
    return this.manager.getRepository(AccountSettingsEntity);
  }

  read(): Promise<AccountSettingsEntity | null> {
    return this.settings.findOneBy({ id: 1 });
  }

  async save(values: Pick<AccountSettingsEntity, 'unverifiedMayContribute'>): Promise<void> {
    await this.settings.upsert({ id: 1, unverifiedMayContribute: values.unverifiedMayContribute }, ['id']);
  }
}
