import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { diffWords } from 'diff';
import type { ProposalVersion, VersionDiff } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import type { UserEntity } from '../users/user.entity';
import { ProposalVersionEntity, type ProposalSnapshot } from './proposal-version.entity';
import { SNAPSHOT_FIELDS } from './proposal.mapper';
import { ProposalsService } from './proposals.service';

const toVersion = (v: ProposalVersionEntity): ProposalVersion => ({
  number: v.number,
  editor: v.editor ? { id: v.editor.id, displayName: v.editor.displayName } : null,
  createdAt: v.createdAt.toISOString(),
  changed: v.changed,
});

const asText = (value: ProposalSnapshot[keyof ProposalSnapshot]) => (Array.isArray(value) ? value.join(', ') : (value ?? ''));

/** The versions of a proposal and a word diff between any two of them. */
@Injectable()
export class ProposalVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalsService,
  ) {}

  async list(id: string, viewer?: UserEntity): Promise<ProposalVersion[]> {
    await this.proposals.findVisible(id, viewer);
    const rows = await this.db
      .getRepository(ProposalVersionEntity)
      .find({ where: { proposalId: id }, relations: { editor: true }, order: { number: 'DESC' }, take: 500 });
    return rows.map(toVersion);
  }

  async diff(id: string, from: number, to: number, viewer?: UserEntity): Promise<VersionDiff> {
    await this.proposals.findVisible(id, viewer);
    const rows = await this.db
      .getRepository(ProposalVersionEntity)
      .find({ where: { proposalId: id, number: In([from, to]) }, relations: { editor: true } });
    const a = rows.find((v) => v.number === from);
    const b = rows.find((v) => v.number === to);
    if (!a || !b) throw AppError.notFound();
    const fields = SNAPSHOT_FIELDS.flatMap((field) => {
      const before = asText(a.snapshot[field]);
      const after = asText(b.snapshot[field]);
      if (before === after) return [];
      return [
        { field, parts: diffWords(before, after).map((p) => ({ value: p.value, added: Boolean(p.added), removed: Boolean(p.removed) })) },
      ];
    });
    return { from: toVersion(a), to: toVersion(b), fields };
  }
}
