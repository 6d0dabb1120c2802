import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OpinionResult } from '@polyphony/synthesis';
import type { OpinionMap } from '@polyphony/contracts';
import { ConsultationsService } from '../consultations/consultations.service';
import { JobsService } from '../jobs/jobs.service';
import type { UserEntity } from '../users/user.entity';
import { SYNTHESIS_TASKS } from './synthesis-runs.service';
import { tally } from './theme-sets';
import { StatementsRepository, type StatementScope } from './statements.repository';

const MIN_VOTES = 7;
const CACHE_SIZE = 50;

interface Cached {
  signature: string;
  result: Promise<OpinionResult>;
}

/**
 * The opinion map of a consultation (or room): opinion groups from the votes, computed in a
 * worker thread and cached until a vote changes (the cache key is the votes' count and latest
 * change), so reloading the map costs one small query.
 */
@Injectable()
export class OpinionMapService {
  private readonly cache = new Map<string, Cached>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly jobs: JobsService,
  ) {}

  async map(consultationIdOrSlug: string, roomId: string | undefined, viewer?: UserEntity): Promise<OpinionMap> {
    const { consultation } = await this.consultations.findForUser(consultationIdOrSlug, viewer);
    const scope: StatementScope = { consultationId: consultation.id, roomId: roomId ?? null };
    const sig = await this.repo().voteSignature(scope);
    const minVotes = Math.max(2, Math.min(MIN_VOTES, sig.statements));
    const key = `${consultation.id}|${roomId ?? ''}`;
    const signature = `${sig.votes}|${sig.at}|${minVotes}`;
    let cached = this.cache.get(key);
    if (!cached || cached.signature !== signature) {
      const result = this.compute(scope, minVotes);
      cached = { signature, result };
      this.cache.delete(key);
      this.cache.set(key, cached);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
      result.catch(() => this.cache.delete(key));
    }
    const result = await cached.result;
    return this.present(result, scope, viewer, sig.votes, minVotes);
  }

  private repo() {
    return new StatementsRepository(this.db.manager);
  }

  private async compute(scope: StatementScope, minVotes: number): Promise<OpinionResult> {
    const votes = await this.repo().votes(scope);
    return this.jobs.compute<OpinionResult>({ module: SYNTHESIS_TASKS, fn: 'opinion' }, { votes, options: { minVotes } });
  }

  private async present(
    result: OpinionResult,
    scope: StatementScope,
    viewer: UserEntity | undefined,
    votes: number,
    minVotes: number,
  ): Promise<OpinionMap> {
    const statements = await this.repo().tallies(scope);
    const byId = new Map(statements.map((s) => [s.id, s]));
    const ref = (id: string) => {
      const s = byId.get(id);
      return {
        statementId: id,
        text: s?.text ?? '',
        language: s?.language ?? 'und',
        agree: s?.agree ?? 0,
        disagree: s?.disagree ?? 0,
        pass: s?.pass ?? 0,
      };
    };
    // Each voter's category as of their latest vote in this scope.
    const categoryOf = await this.repo().voterCategories(scope);
    const me = viewer ? `u:${viewer.id}` : '';
    return {
      participants: result.participants.length,
      votes,
      minParticipants: 4,
      minVotes,
      ready: result.groups.length >= 2,
      explainedVariance: result.parameters.explainedVariance,
      points: result.participants.map((p) => ({ x: p.x, y: p.y, group: p.group, me: p.id === me })),
      groups: result.groups.map((g) => ({
        id: g.id,
        size: g.size,
        byCategory: tally(g.participantIds.map((id) => categoryOf.get(id) ?? 'unknown')),
        representative: g.representative.map((r) => ({
          ...ref(r.statementId),
          direction: r.direction,
          pAgree: r.pAgree,
          pDisagree: r.pDisagree,
        })),
      })),
      consensus: result.consensus.map((c) => ({
        ...ref(c.statementId),
        direction: c.direction,
        minGroupProbability: c.minGroupProbability,
      })),
    };
  }
}
