import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SupportState } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { OrganisationsService } from '../organisations/organisations.service';
import type { UserEntity } from '../users/user.entity';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsPolicy } from './proposals.policy';
import { ProposalsService } from './proposals.service';

/**
 * Supports (one per person) and organisations' endorsements. The row and the proposal's counter
 * change in one transaction; the primary key turns a racing duplicate into a no-op, so the
 * counter only moves when a row really appeared or went.
 */
@Injectable()
export class ProposalSupportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalsService,
    private readonly organisations: OrganisationsService,
  ) {}

  async support(actor: UserEntity, id: string, on: boolean): Promise<SupportState> {
    await this.db.transaction(async (manager) => {
      const { proposal } = await this.proposals.findVisible(id, actor, manager);
      if (!ProposalsPolicy.canSupport(actor, proposal)) throw AppError.conflict('proposals.not_open_for_support');
      const repo = new ProposalsRepository(manager);
      if (on) await repo.addSupport(id, actor.id, actor.category);
      else await repo.removeSupport(id, actor.id);
    });
    return this.state(this.db.manager, id, actor);
  }

  /** An organisation endorses through one of its active members; one endorsement per organisation. */
  async endorse(actor: UserEntity, id: string, organisationId: string, on: boolean) {
    await this.organisations.assertCanActFor(actor, organisationId);
    await this.db.transaction(async (manager) => {
      const { proposal } = await this.proposals.findVisible(id, actor, manager);
      if (!ProposalsPolicy.canSupport(actor, proposal)) throw AppError.conflict('proposals.not_open_for_support');
      const repo = new ProposalsRepository(manager);
      if (on) {
        const category = await repo.organisationCategory(organisationId);
        await repo.addEndorsement({ proposalId: id, organisationId, userId: actor.id, category });
      } else await repo.removeEndorsement(id, organisationId);
    });
    return this.proposals.get(id, actor);
  }

  private async state(manager: EntityManager, id: string, actor: UserEntity): Promise<SupportState> {
    const repo = new ProposalsRepository(manager);
    const [supportCount, supportsByCategory, supported] = await Promise.all([
      repo.supportCount(id),
      repo.supportsByCategory(id),
      repo.supportedBy(id, actor.id),
    ]);
    return { supported, supportCount, supportsByCategory };
  }
}
