import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { ENV, type Env } from '../core/config/env';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  synthesisParametersSchema,
  type CreateSynthesisRunRequest,
  type SynthesisRun,
  type runListQuerySchema,
} from '@polyphony/contracts';
import type { ThemesResult } from '@polyphony/synthesis';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { ConsultationsService } from '../consultations/consultations.service';
import { JobsService } from '../jobs/jobs.service';
import { taskModule } from '../jobs/worker-pool';
import { TranslationService } from '../translation/translation.service';
import { pivotInput } from './synthesis-pivots';
import type { UserEntity } from '../users/user.entity';
import { SynthesisRunEntity } from './synthesis-run.entity';
import { SynthesisPolicy } from './synthesis.policy';
import { assertRoomOf, loadScopeContributions, type ContributionRow } from './synthesis-scope';
import { ThemeEditEntity } from './theme-edit.entity';
import { applyEdits, compareThemes, type WorkingTheme } from './theme-sets';
import { insertTheme, loadWorkingThemes, OTHER_POSITION } from './theme-store';
import type { Parsed } from '../core/errors/zod-validation';

export const SYNTHESIS_QUEUE = 'synthesis.themes';
export const SYNTHESIS_TASKS = taskModule(__dirname, 'synthesis.tasks');

/**
 * Stores a finished analysis on its run, in the caller's transaction: the themes with the
 * officials' edits applied again, their members, the comparison with the previous run of the
 * scope, the inputs' ids and hash, counts and timings.
 */
export async function persistRun(
  m: EntityManager,
  run: SynthesisRunEntity,
  rows: ContributionRow[],
  result: ThemesResult,
  timings: Record<string, number>,
  started: number,
) {
  const runId = run.id;
  const stored0 = performance.now();
  const meta = new Map(rows.map((r) => [r.id, r]));
  const engineThemes: WorkingTheme[] = result.themes.map((t) => ({
    origin: 'engine',
    label: t.label,
    renamed: false,
    keyPhrases: t.keyPhrases,
    memberIds: t.memberIds,
    quotes: t.quotes,
    cohesion: t.cohesion,
  }));
  const edits = await m
    .getRepository(ThemeEditEntity)
    .find({ where: { consultationId: run.consultationId, roomId: run.roomId ?? IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } });
  const other: WorkingTheme = {
    origin: 'other',
    label: '',
    renamed: false,
    keyPhrases: [],
    // Short answers to closed questions are tallied, not themed: the workspace lists them with "other".
    memberIds: [...result.other.memberIds, ...result.answers.flatMap((a) => a.memberIds)],
    quotes: [],
    cohesion: 0,
  };
  const { themes } = applyEdits([...engineThemes, other], edits);
  const stored: { id: string; label: string; memberIds: string[] }[] = [];
  let position = 0;
  for (const t of themes) {
    if (t.origin === 'other' && !t.memberIds.length) continue;
    const id = await insertTheme(m, runId, t.origin === 'other' ? OTHER_POSITION : position++, t, meta);
    if (t.origin !== 'other') stored.push({ id, label: t.label, memberIds: t.memberIds });
  }
  const [previous] = await m.query(
    `SELECT id FROM synthesis_runs WHERE consultation_id = $1 AND room_id IS NOT DISTINCT FROM $2 AND status = 'succeeded' AND id <> $3 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [run.consultationId, run.roomId, runId],
  );
  const comparison = previous
    ? compareThemes(
        previous.id,
        (await loadWorkingThemes(m, previous.id))
          .filter((t) => t.origin !== 'other')
          .map((t) => ({ id: t.id, label: t.label, memberIds: t.memberIds })),
        stored,
      )
    : null;
  const finished = performance.now();
  await m.getRepository(SynthesisRunEntity).update(
    { id: runId },
    {
      status: 'succeeded',
      stage: 'done',
      progress: 100,
      engine: result.engine,
      inputHash: result.inputHash,
      inputIds: rows.map((r) => r.id),
      inputCount: rows.length,
      counts: {
        ...result.counts,
        themes: stored.length,
        skippedTexts: result.skipped.length,
        duplicateGroups: result.duplicates.length,
        answerValues: result.answers.length,
      },
      timings: { ...timings, storeMs: Math.round(finished - stored0), totalMs: Math.round(finished - started) },
      comparison,
      finishedAt: new Date(),
    },
  );
}

export { engineInput } from './synthesis-pivots';

export function toRun(r: SynthesisRunEntity): SynthesisRun {
  return {
    id: r.id,
    consultationId: r.consultationId,
    roomId: r.roomId,
    status: r.status,
    progress: r.progress,
    stage: r.stage,
    trigger: r.trigger,
    engine: r.engine,
    inputHash: r.inputHash,
    inputCount: r.inputCount,
    parameters: r.parameters,
    counts: r.counts,
    timings: r.timings,
    error: r.error,
    comparison: r.comparison,
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Synthesis runs: created by an official, executed as a pg-boss job whose heavy part runs in a
 * worker thread, stored with their inputs' ids and hash, their themes (officials' edits applied
 * again) and what changed since the previous run of the same scope.
 */
@Injectable()
export class SynthesisRunsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly log = new Logger('Synthesis');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly consultations: ConsultationsService,
    @Inject(ENV) private readonly env: Env,
    private readonly translation: TranslationService,
  ) {}

  /** Runs queued without a job (e.g. by the demo seed, before the job system runs) get one now. */
  async onApplicationBootstrap() {
    if (!this.env.JOBS_ENABLED) return;
    const waiting: { id: string }[] = await this.db.query(
      `SELECT id FROM synthesis_runs WHERE status = 'queued' AND job_id IS NULL ORDER BY created_at LIMIT 100`,
    );
    for (const { id } of waiting) {
      const jobId = await this.jobs.send(SYNTHESIS_QUEUE, { runId: id });
      await this.db.getRepository(SynthesisRunEntity).update({ id }, { jobId });
    }
  }

  onModuleInit() {
    this.jobs.register<{ runId: string }>(SYNTHESIS_QUEUE, (job) => this.execute(job.data.runId), { retryLimit: 0, expireInSeconds: 1800 });
  }

  async create(consultationIdOrSlug: string, body: CreateSynthesisRunRequest, user: UserEntity): Promise<SynthesisRun> {
    const { consultation, isFacilitator } = await this.consultations.findForUser(consultationIdOrSlug, user);
    if (!SynthesisPolicy.canRun(user, isFacilitator)) throw AppError.forbidden();
    const room = await assertRoomOf(this.db.manager, consultation.id, body.roomId);
    const run = await this.enqueue(this.db.manager, consultation.id, room?.id ?? null, body.parameters ?? {}, 'manual', user.id);
    return toRun(run);
  }

  /** Creates a queued run and its job (used by the API and the demo seed). */
  async enqueue(
    manager: EntityManager,
    consultationId: string,
    roomId: string | null,
    parameters: Record<string, unknown>,
    trigger: string,
    userId: string | null,
  ) {
    const [{ n }] = await manager.query(
      roomId
        ? `SELECT count(*)::int AS n FROM contributions c JOIN room_messages m ON m.id::text = c.source_ref AND m.room_id = $2 WHERE c.source = 'room_message' AND c.consultation_id = $1 AND c.hidden_at IS NULL`
        : `SELECT count(*)::int AS n FROM contributions WHERE consultation_id = $1 AND hidden_at IS NULL`,
      roomId ? [consultationId, roomId] : [consultationId],
    );
    if (!n) throw new AppError('synthesis.no_contributions');
    const repo = manager.getRepository(SynthesisRunEntity);
    const run = await repo.save(
      repo.create({ consultationId, roomId, parameters, trigger, createdById: userId, status: 'queued', stage: 'queued', progress: 0 }),
    );
    const jobId = await this.jobs.send(SYNTHESIS_QUEUE, { runId: run.id });
    await repo.update({ id: run.id }, { jobId });
    return { ...run, jobId };
  }

  async get(runId: string, user: UserEntity): Promise<SynthesisRun> {
    const run = await this.findVisible(runId, user);
    return toRun(run);
  }

  async findVisible(runId: string, user: UserEntity): Promise<SynthesisRunEntity> {
    const run = await this.db.getRepository(SynthesisRunEntity).findOneBy({ id: runId });
    if (!run) throw AppError.notFound();
    const { isFacilitator } = await this.consultations.findForUser(run.consultationId, user);
    if (!SynthesisPolicy.canSeeWorkspace(user, isFacilitator)) throw AppError.forbidden();
    return run;
  }

  async list(consultationIdOrSlug: string, query: Parsed<typeof runListQuerySchema>, user: UserEntity) {
    const { consultation, isFacilitator } = await this.consultations.findForUser(consultationIdOrSlug, user);
    if (!SynthesisPolicy.canSeeWorkspace(user, isFacilitator)) throw AppError.forbidden();
    const qb = this.db
      .getRepository(SynthesisRunEntity)
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
      .where('r.consultation_id = :id', { id: consultation.id });
    qb.andWhere(query.roomId ? 'r.room_id = :roomId' : 'r.room_id IS NULL', { roomId: query.roomId });
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(r.created_at, r.id) < (:at, :rid)', { at: after[0], rid: after[1] });
    const rows = await qb
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
    return { items: page.items.map(toRun), nextCursor: page.nextCursor };
  }

  /** The job: load, analyse in a worker thread, store. A failure is recorded on the run, then rethrown for pg-boss. */
  async execute(runId: string): Promise<{ runId: string; themes: number }> {
    const repo = this.db.getRepository(SynthesisRunEntity);
    const run = await repo.findOneBy({ id: runId });
    if (!run) throw new Error(`synthesis run ${runId} not found`);
    if (run.status === 'succeeded') return { runId, themes: -1 };
    const started = performance.now();
    try {
      const parameters = synthesisParametersSchema.parse(run.parameters);
      await repo.update({ id: runId }, { status: 'running', stage: 'loading', progress: 5, startedAt: new Date(), error: null });
      const rows = await loadScopeContributions(this.db.manager, run.consultationId, run.roomId);
      if (!rows.length) throw new AppError('synthesis.no_contributions');
      const loaded = performance.now();
      await repo.update({ id: runId }, { stage: 'translating', progress: 10, inputCount: rows.length });
      const contributions = await pivotInput(rows, this.translation);
      const translated = performance.now();
      await repo.update({ id: runId }, { stage: 'analysing', progress: 20 });
      let lastProgress = 0;
      const result = await this.jobs.compute<ThemesResult>(
        { module: SYNTHESIS_TASKS, fn: 'themes' },
        { contributions, options: parameters },
        (progress, stage) => {
          if (progress - lastProgress < 10) return;
          lastProgress = progress;
          void repo.update({ id: runId, status: 'running' }, { progress, stage: stage ?? 'analysing' }).catch(() => undefined);
        },
      );
      const analysed = performance.now();
      await repo.update({ id: runId }, { stage: 'storing', progress: 85 });
      await this.db.transaction((m) =>
        persistRun(
          m,
          run,
          rows,
          result,
          {
            loadMs: Math.round(loaded - started),
            translateMs: Math.round(translated - loaded),
            analyseMs: Math.round(analysed - translated),
          },
          started,
        ),
      );
      return { runId, themes: result.themes.length };
    } catch (error) {
      const message = error instanceof AppError ? error.code : error instanceof Error ? error.message : String(error);
      this.log.warn(`synthesis run ${runId} failed: ${message}`);
      await repo.update(
        { id: runId },
        {
          status: 'failed',
          stage: 'failed',
          error: message.slice(0, 2000),
          finishedAt: new Date(),
          timings: { totalMs: Math.round(performance.now() - started) },
        },
      );
      throw error;
    }
  }
}
