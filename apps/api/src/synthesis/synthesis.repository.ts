import { IsNull, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { SynthesisRunEntity } from './synthesis-run.entity';
import { ThemeEditEntity } from './theme-edit.entity';
import { keysetPage } from '../core/database/keyset-page';

/** A contribution as the synthesis engine reads it. */
export interface ContributionRow {
  id: string;
  text: string;
  language: string;
  category: string;
  country: string | null;
  source: string;
  /** The question a questionnaire answer answers (short answers are tallied per question). */
  question: string | null;
}

/**
 * A room message is a facilitator's prompt (a question put to the room, the next agenda item)
 * when its author facilitates the consultation or is staff: not a contribution to analyse.
 */
const NOT_A_PROMPT = `NOT EXISTS (
  SELECT 1 FROM room_messages pm JOIN users pu ON pu.id = pm.author_id
  WHERE c.source = 'room_message' AND pm.id::text = c.source_ref
    AND (pu.role IN ('admin', 'official')
      OR EXISTS (SELECT 1 FROM consultation_facilitators f WHERE f.consultation_id = c.consultation_id AND f.user_id = pu.id)))`;

/** The messages of room $2 of consultation $1 that a synthesis reads (facilitators' prompts left out), by id. */
export const ROOM_SCOPE_SQL = `SELECT c.id, c.text, c.language, c.category, c.country, c.source, NULL AS question FROM contributions c
         JOIN room_messages m ON m.id::text = c.source_ref AND m.room_id = $2
         WHERE c.source = 'room_message' AND c.consultation_id = $1 AND c.hidden_at IS NULL AND ${NOT_A_PROMPT} ORDER BY c.id`;

/** The visible contributions of consultation $1 that a synthesis reads (facilitators' prompts left out), by id. */
export const CONSULTATION_SCOPE_SQL = `SELECT c.id, c.text, c.language, c.category, c.country, c.source, qa.question_id::text AS question FROM contributions c
         LEFT JOIN questionnaire_answers qa ON c.source = 'questionnaire_answer' AND qa.id::text = c.source_ref
         WHERE c.consultation_id = $1 AND c.hidden_at IS NULL AND ${NOT_A_PROMPT} ORDER BY c.id`;

/** A page of a scope's runs, newest first (the keyset is the creation time and the id). */
export interface RunPageQuery {
  consultationId: string;
  roomId?: string;
  after: (string | number)[] | undefined;
  limit: number;
}

type RunPatch = QueryDeepPartialEntity<SynthesisRunEntity>;

/** The synthesis scopes' SQL (contributions a run reads, rooms) and its runs' rows. */
export class SynthesisRepository {
  constructor(private readonly manager: EntityManager) {}

  private get runs() {
    return this.manager.getRepository(SynthesisRunEntity);
  }

  /**
   * The contributions a synthesis reads: a consultation's visible contributions, or only the
   * messages of one of its rooms (room messages are contributions whose source_ref is the
   * message id), facilitators' prompts left out. Ordered by id so the same rows always give the
   * same engine input.
   */
  scopeContributions(consultationId: string, roomId: string | null): Promise<ContributionRow[]> {
    return roomId
      ? this.manager.query(ROOM_SCOPE_SQL, [consultationId, roomId])
      : this.manager.query(CONSULTATION_SCOPE_SQL, [consultationId]);
  }

  /** How many visible contributions the scope has (prompts included: a quick check before queueing). */
  async countScope(consultationId: string, roomId: string | null): Promise<number> {
    const [{ n }] = await this.manager.query(
      roomId
        ? `SELECT count(*)::int AS n FROM contributions c JOIN room_messages m ON m.id::text = c.source_ref AND m.room_id = $2 WHERE c.source = 'room_message' AND c.consultation_id = $1 AND c.hidden_at IS NULL`
        : `SELECT count(*)::int AS n FROM contributions WHERE consultation_id = $1 AND hidden_at IS NULL`,
      roomId ? [consultationId, roomId] : [consultationId],
    );
    return n;
  }

  /** What changes when a room's contributions change: their count and latest edit. */
  async roomSignature(consultationId: string, roomId: string): Promise<string> {
    const [sig] = await this.manager.query(
      `SELECT count(*)::int AS n, coalesce(max(c.updated_at), 'epoch')::text AS at FROM contributions c
       JOIN room_messages m ON m.id::text = c.source_ref AND m.room_id = $2
       WHERE c.source = 'room_message' AND c.consultation_id = $1 AND c.hidden_at IS NULL`,
      [consultationId, roomId],
    );
    return `${sig.n}|${sig.at}`;
  }

  /** A room of the consultation. */
  async roomOf(consultationId: string, roomId: string): Promise<{ id: string; status: string } | undefined> {
    const [room] = await this.manager.query(`SELECT id, status FROM rooms WHERE id = $1 AND consultation_id = $2`, [
      roomId,
      consultationId,
    ]);
    return room;
  }

  /** A room and its consultation. */
  async room(roomId: string): Promise<{ id: string; consultationId: string } | undefined> {
    const [room] = await this.manager.query(`SELECT id, consultation_id FROM rooms WHERE id = $1`, [roomId]);
    return room ? { id: room.id, consultationId: room.consultation_id } : undefined;
  }

  /** The consultation a contribution belongs to (null when it belongs to none). */
  async consultationOfContribution(contributionId: string): Promise<string | null> {
    const [c] = await this.manager.query(`SELECT consultation_id FROM contributions WHERE id = $1`, [contributionId]);
    return c?.consultation_id ?? null;
  }

  findRun(id: string): Promise<SynthesisRunEntity | null> {
    return this.runs.findOneBy({ id });
  }

  findRunOf(id: string, consultationId: string): Promise<SynthesisRunEntity | null> {
    return this.runs.findOneBy({ id, consultationId });
  }

  /** The latest finished run of a scope (the consultation's own when roomId is absent). */
  latestSucceeded(consultationId: string, roomId: string | undefined): Promise<SynthesisRunEntity | null> {
    return this.runs
      .createQueryBuilder('r')
      .where('r.consultation_id = :id AND r.status = :s', { id: consultationId, s: 'succeeded' })
      .andWhere(roomId ? 'r.room_id = :roomId' : 'r.room_id IS NULL', { roomId })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getOne();
  }

  /** The id of the latest finished run of a scope other than `except`. */
  async latestSucceededId(consultationId: string, roomId: string | null, except?: string): Promise<string | undefined> {
    const [latest] = await this.manager.query(
      `SELECT id FROM synthesis_runs WHERE consultation_id = $1 AND room_id IS NOT DISTINCT FROM $2 AND status = 'succeeded'
         AND ($3::uuid IS NULL OR id <> $3) ORDER BY created_at DESC, id DESC LIMIT 1`,
      [consultationId, roomId, except ?? null],
    );
    return latest?.id;
  }

  /** Locks a run until the end of the transaction (edits of one run happen one at a time). */
  async lockRun(runId: string): Promise<void> {
    await this.manager.query(`SELECT id FROM synthesis_runs WHERE id = $1 FOR UPDATE`, [runId]);
  }

  /** Runs queued without a job (e.g. by the demo seed, before the job system runs). */
  async queuedWithoutJob(): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM synthesis_runs WHERE status = 'queued' AND job_id IS NULL ORDER BY created_at LIMIT 100`,
    );
    return rows.map((r) => r.id);
  }

  insertRun(
    run: Pick<SynthesisRunEntity, 'consultationId' | 'roomId' | 'parameters' | 'trigger' | 'createdById'>,
  ): Promise<SynthesisRunEntity> {
    return this.runs.save(this.runs.create({ ...run, status: 'queued', stage: 'queued', progress: 0 }));
  }

  async updateRun(id: string, patch: RunPatch): Promise<void> {
    await this.runs.update({ id }, patch);
  }

  /** Progress is written only while the run is still running. */
  async updateRunning(id: string, patch: RunPatch): Promise<void> {
    await this.runs.update({ id, status: 'running' }, patch);
  }

  async runPage(q: RunPageQuery): Promise<SynthesisRunEntity[]> {
    const qb = this.runs
      .createQueryBuilder('r')
      .select([
        'r.id',
        'r.consultationId',
        'r.roomId',
        'r.status',
        'r.progress',
        'r.stage',
        'r.trigger',
        'r.engine',
        'r.inputHash',
        'r.inputCount',
        'r.parameters',
        'r.counts',
        'r.timings',
        'r.error',
        'r.comparison',
        'r.createdAt',
        'r.startedAt',
        'r.finishedAt',
      ])
      .where('r.consultation_id = :id', { id: q.consultationId });
    qb.andWhere(q.roomId ? 'r.room_id = :roomId' : 'r.room_id IS NULL', { roomId: q.roomId });
    return keysetPage(qb, { alias: 'r', column: 'created_at', after: q.after, limit: q.limit, direction: 'DESC' }).getMany();
  }

  /** The officials' edits of a scope, oldest first (applied again to every new run). */
  editsOf(consultationId: string, roomId: string | null): Promise<ThemeEditEntity[]> {
    return this.manager
      .getRepository(ThemeEditEntity)
      .find({ where: { consultationId, roomId: roomId ?? IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async insertEdit(edit: Pick<ThemeEditEntity, 'consultationId' | 'roomId' | 'kind' | 'memberSets' | 'part' | 'label' | 'createdById'>) {
    await this.manager.getRepository(ThemeEditEntity).insert(edit);
  }
}
