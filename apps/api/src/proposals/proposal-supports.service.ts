import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SupportState } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { OrganisationsService } from '../organisations/organisations.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { UserEntity } from '../users/user.entity';
import { ProposalEndorsementEntity, ProposalSupportEntity } from './proposal-support.entity';
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
      if (on) {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(ProposalSupportEntity)
          .values({ proposalId: id, userId: actor.id, category: actor.category })
          .orIgnore()
          .returning('user_id')
          .execute();
        if (inserted.raw.length) await manager.query(`UPDATE proposals SET support_count = support_count + 1 WHERE id = $1`, [id]);
      } else {
        const [, deleted] = await manager.query(`DELETE FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2 RETURNING user_id`, [
          id,
          actor.id,
        ]);
        if (deleted) await manager.query(`UPDATE proposals SET support_count = greatest(support_count - 1, 0) WHERE id = $1`, [id]);
      }
    });
    return this.state(this.db.manager, id, actor);
  }

  /** An organisation endorses through one of its active members; one endorsement per organisation. */
  async endorse(actor: UserEntity, id: string, organisationId: string, on: boolean) {
    await this.organisations.assertCanActFor(actor, organisationId);
    await this.db.transaction(async (manager) => {
      const { proposal } = await this.proposals.findVisible(id, actor, manager);
      if (!ProposalsPolicy.canSupport(actor, proposal)) throw AppError.conflict('proposals.not_open_for_support');
      if (on) {
        const org = await manager.getRepository(OrganisationEntity).findOneByOrFail({ id: organisationId });
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(ProposalEndorsementEntity)
          .values({ proposalId: id, organisationId, userId: actor.id, category: org.category })
          .orIgnore()
          .returning('organisation_id')
          .execute();
        if (inserted.raw.length) await manager.query(`UPDATE proposals SET endorsement_count = endorsement_count + 1 WHERE id = $1`, [id]);
      } else {
        const [, deleted] = await manager.query(
          `DELETE FROM proposal_endorsements WHERE proposal_id = $1 AND organisation_id = $2 RETURNING organisation_id`,
          [id, organisationId],
        );
        if (deleted) await manager.query(`UPDATE proposals SET endorsement_count = greatest(endorsement_count - 1, 0) WHERE id = $1`, [id]);
      }
    });
    return this.proposals.get(id, actor);
  }

  private async state(manager: EntityManager, id: string, actor: UserEntity): Promise<SupportState> {
    const [[p], rows, supported] = await Promise.all([
      manager.query(`SELECT support_count FROM proposals WHERE id = $1`, [id]),
      manager.query(`SELECT category, count(*)::int AS n FROM proposal_supports WHERE proposal_id = $1 GROUP BY category`, [id]) as Promise<
        { category: string; n: number }[]
      >,
      manager.getRepository(ProposalSupportEntity).existsBy({ proposalId: id, userId: actor.id }),
    ]);
    return { supported, supportCount: p.support_count, supportsByCategory: Object.fromEntries(rows.map((r) => [r.category, r.n])) };
  }
}
