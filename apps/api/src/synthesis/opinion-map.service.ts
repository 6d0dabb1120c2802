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
    const scope = [consultation.id, roomId ?? null];
    const [sig] = await this.db.query(
      `SELECT count(*)::int AS n, coalesce(max(v.updated_at), 'epoch')::text AS at, count(DISTINCT s.id)::int AS statements
       FROM synthesis_statements s JOIN synthesis_votes v ON v.statement_id = s.id
       WHERE s.consultation_id = $1 AND s.room_id IS NOT DISTINCT FROM $2 AND s.hidden_at IS NULL`,
      scope,
    );
    const minVotes = Math.max(2, Math.min(MIN_VOTES, sig.statements));
    const key = `${consultation.id}|${roomId ?? ''}`;
    const signature = `${sig.n}|${sig.at}|${minVotes}`;
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
    return this.present(result, scope, viewer, sig.n, minVotes);
  }

  private async compute(scope: (string | null)[], minVotes: number): Promise<OpinionResult> {
    const rows: { s: string; p: string; v: number }[] = await this.db.query(
      `SELECT v.statement_id AS s, v.voter_key AS p, v.vote AS v FROM synthesis_votes v JOIN synthesis_statements s ON s.id = v.statement_id
       WHERE s.consultation_id = $1 AND s.room_id IS NOT DISTINCT FROM $2 AND s.hidden_at IS NULL ORDER BY v.voter_key, v.statement_id`,
      scope,
    );
    return this.jobs.compute<OpinionResult>(
      { module: SYNTHESIS_TASKS, fn: 'opinion' },
      { votes: rows.map((r) => ({ participantId: r.p, statementId: r.s, vote: r.v })), options: { minVotes } },
    );
  }

  private async present(
    result: OpinionResult,
    scope: (string | null)[],
    viewer: UserEntity | undefined,
    votes: number,
    minVotes: number,
  ): Promise<OpinionMap> {
    const statements: { id: string; text: string; language: string; agree: number; disagree: number; pass: number }[] = await this.db.query(
      `SELECT id, text, language, agree, disagree, pass FROM synthesis_statements WHERE consultation_id = $1 AND room_id IS NOT DISTINCT FROM $2 AND hidden_at IS NULL`,
      scope,
    );
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
    const categories: { voter_key: string; category: string | null }[] = await this.db.query(
      `SELECT DISTINCT ON (v.voter_key) v.voter_key, v.category FROM synthesis_votes v JOIN synthesis_statements s ON s.id = v.statement_id
       WHERE v.consultation_id = $1 AND s.room_id IS NOT DISTINCT FROM $2 ORDER BY v.voter_key, v.updated_at DESC`,
      scope,
    );
    const categoryOf = new Map(categories.map((c) => [c.voter_key, c.category ?? 'unknown']));
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
