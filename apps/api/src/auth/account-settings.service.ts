import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AccountSettings } from '@polyphony/contracts';
import type { UserEntity } from '../users/user.entity';
import { AuditService } from '../audit/audit.service';
import { AccountSettingsRepository } from './account-settings.repository';

const CACHE_MS = 10_000;

/** The platform's account rules; read on every write request, so kept for 10 s per process. */
@Injectable()
export class AccountSettingsService {
  private cached?: { value: AccountSettings; at: number };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<AccountSettings> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.value;
    const row = await new AccountSettingsRepository(this.db.manager).read();
    const value = { unverifiedMayContribute: row?.unverifiedMayContribute ?? true };
    this.cached = { value, at: Date.now() };
    return value;
  }

  async update(actor: UserEntity, input: AccountSettings): Promise<AccountSettings> {
    await this.db.transaction(async (manager) => {
      await new AccountSettingsRepository(manager).save(input);
      await this.audit.record(manager, { actorId: actor.id, action: 'settings.accounts_changed', details: { ...input } });
    });
    this.cached = undefined;
    return this.get();
  }
}
