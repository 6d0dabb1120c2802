import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { ENV, type Env } from '../core/config/env';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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
import type { SynthesisRunEntity } from './synthesis-run.entity';
import { SynthesisPolicy } from './synthesis.policy';
import { assertRoomOf } from './synthesis-scope';
import { applyEdits, compareThemes, OTHER_POSITION, type WorkingTheme } from './theme-sets';
import { toRun } from './synthesis.mapper';
import { SynthesisRepository, type ContributionRow } from './synthesis.repository';
import { SynthesisThemesRepository } from './synthesis-themes.repository';
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
  const runs = new SynthesisRepository(m);
  const themeRows = new SynthesisThemesRepository(m);
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
  const edits = await runs.editsOf(run.consultationId, run.roomId);
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
    const id = await themeRows.insert(runId, t.origin === 'other' ? OTHER_POSITION : position++, t, meta);
    if (t.origin !== 'other') stored.push({ id, label: t.label, memberIds: t.memberIds });
  }
  const previous = await runs.latestSucceededId(run.consultationId, run.roomId, runId);
  const comparison = previous
    ? compareThemes(
        previous,
        (await themeRows.working(previous))
          .filter((t) => t.origin !== 'other')
          .map((t) => ({ id: t.id, label: t.label, memberIds: t.memberIds })),
        stored,
      )
    : null;
  const finished = performance.now();
  await runs.updateRun(runId, {
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
  });
}

export { engineInput } from './synthesis-pivots';

export { toRun } from './synthesis.mapper';

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
    const repo = new SynthesisRepository(this.db.manager);
    for (const id of await repo.queuedWithoutJob()) {
      const jobId = await this.jobs.send(SYNTHESIS_QUEUE, { runId: id });
      await repo.updateRun(id, { jobId });
    }
  }

  onModuleInit() {
    this.jobs.register<{ runId: string }>(SYNTHESIS_QUEUE, (job) => this.execute(job.data.runId), { retryLimit: 0, expireInSeconds: 1800 });
  }

  async create(user: UserEntity, consultationIdOrSlug: string, body: CreateSynthesisRunRequest): Promise<SynthesisRun> {
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
    const repo = new SynthesisRepository(manager);
    if (!(await repo.countScope(consultationId, roomId))) throw new AppError('synthesis.no_contributions');
    const run = await repo.insertRun({ consultationId, roomId, parameters, trigger, createdById: userId });
    const jobId = await this.jobs.send(SYNTHESIS_QUEUE, { runId: run.id });
    await repo.updateRun(run.id, { jobId });
    return { ...run, jobId };
  }

  async get(runId: string, user: UserEntity): Promise<SynthesisRun> {
    const run = await this.findVisible(runId, user);
    return toRun(run);
  }

  async findVisible(runId: string, user: UserEntity): Promise<SynthesisRunEntity> {
    const run = await new SynthesisRepository(this.db.manager).findRun(runId);
    if (!run) throw AppError.notFound();
    const { isFacilitator } = await this.consultations.findForUser(run.consultationId, user);
    if (!SynthesisPolicy.canSeeWorkspace(user, isFacilitator)) throw AppError.forbidden();
    return run;
  }

  async list(consultationIdOrSlug: string, query: Parsed<typeof runListQuerySchema>, user: UserEntity) {
    const { consultation, isFacilitator } = await this.consultations.findForUser(consultationIdOrSlug, user);
    if (!SynthesisPolicy.canSeeWorkspace(user, isFacilitator)) throw AppError.forbidden();
    const rows = await new SynthesisRepository(this.db.manager).runPage({
      consultationId: consultation.id,
      roomId: query.roomId,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
    return { items: page.items.map(toRun), nextCursor: page.nextCursor };
  }

  /** The job: load, analyse in a worker thread, store. A failure is recorded on the run, then rethrown for pg-boss. */
  async execute(runId: string): Promise<{ runId: string; themes: number }> {
    const repo = new SynthesisRepository(this.db.manager);
    const run = await repo.findRun(runId);
    if (!run) throw new Error(`synthesis run ${runId} not found`);
    if (run.status === 'succeeded') return { runId, themes: -1 };
    const started = performance.now();
    try {
      const parameters = synthesisParametersSchema.parse(run.parameters);
      await repo.updateRun(runId, { status: 'running', stage: 'loading', progress: 5, startedAt: new Date(), error: null });
      const rows = await repo.scopeContributions(run.consultationId, run.roomId);
      if (!rows.length) throw new AppError('synthesis.no_contributions');
      const loaded = performance.now();
      await repo.updateRun(runId, { stage: 'translating', progress: 10, inputCount: rows.length });
      const contributions = await pivotInput(rows, this.translation);
      const translated = performance.now();
      await repo.updateRun(runId, { stage: 'analysing', progress: 20 });
      let lastProgress = 0;
      const result = await this.jobs.compute<ThemesResult>(
        { module: SYNTHESIS_TASKS, fn: 'themes' },
        { contributions, options: parameters },
        (progress, stage) => {
          if (progress - lastProgress < 10) return;
          lastProgress = progress;
          void repo.updateRunning(runId, { progress, stage: stage ?? 'analysing' }).catch(() => undefined);
        },
      );
      const analysed = performance.now();
      await repo.updateRun(runId, { stage: 'storing', progress: 85 });
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
      await repo.updateRun(runId, {
        status: 'failed',
        stage: 'failed',
        error: message.slice(0, 2000),
        finishedAt: new Date(),
        timings: { totalMs: Math.round(performance.now() - started) },
      });
      throw error;
    }
  }
}
