import { In, type EntityManager } from 'typeorm';
import { ProposalVersionEntity } from './proposal-version.entity';

/** A new version of a proposal: its number, who saved it, what it holds and which fields changed. */
export type NewProposalVersion = Pick<ProposalVersionEntity, 'proposalId' | 'number' | 'editorId' | 'snapshot' | 'changed'>;

/** The proposal versions' SQL: every edit is a row, read newest first or two at a time for a diff. */
export class ProposalVersionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get versions() {
    return this.manager.getRepository(ProposalVersionEntity);
  }

  async insert(version: NewProposalVersion): Promise<void> {
    await this.versions.insert(version);
  }

  /** The proposal's versions, newest first (at most `limit`), editors loaded. */
  newestFirst(proposalId: string, limit: number): Promise<ProposalVersionEntity[]> {
    return this.versions.find({ where: { proposalId }, relations: { editor: true }, order: { number: 'DESC' }, take: limit });
  }

  /** The versions of the proposal with these numbers (those that exist), editors loaded. */
  numbered(proposalId: string, numbers: number[]): Promise<ProposalVersionEntity[]> {
    return this.versions.find({ where: { proposalId, number: In(numbers) }, relations: { editor: true } });
  }
}
