import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { ENV, type Env } from '../core/config/env';
import { WorkerPool, type Progress, type TaskRef } from './worker-pool';

export type JobHandler<T> = (job: { id: string; data: T }) => Promise<unknown>;

export interface QueueOptions {
  /** Attempts after the first failure (default 0: a failure is final and recorded). */
  retryLimit?: number;
  /** A job still active after this long is expired (and retried if allowed). */
  expireInSeconds?: number;
  /** Jobs of this queue worked at once by this process. */
  concurrency?: number;
}

interface Registered {
  handler: JobHandler<any>;
  options: QueueOptions;
}

/** pg-boss's own tables live in this schema of the app's database. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Background jobs on PostgreSQL (pg-boss) for every feature: `register` a queue and its handler
 * (usually in onModuleInit), `send` jobs from anywhere. Handlers do I/O on the main thread and
 * hand heavy computations to `compute` (a pool of worker threads), so the request event loop
 * stays free. pg-boss starts at boot when JOBS_ENABLED (and on first use otherwise, e.g. in
 * tests where NODE_ENV=test delays it so apps that never queue anything pay nothing), and stops
 * on app.close(), waiting for the jobs in hand.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Jobs');
  private readonly queues = new Map<string, Registered>();
  private readonly workerIds = new Map<string, string[]>();
  private boss?: PgBoss;
  private starting?: Promise<PgBoss>;
  private pool?: WorkerPool;
  private stopped = false;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  register<T extends object>(name: string, handler: JobHandler<T>, options: QueueOptions = {}) {
    this.queues.set(name, { handler, options });
    if (this.boss) void this.listen(this.boss, name).catch((e) => this.log.error(e));
  }

  async onApplicationBootstrap() {
    if (this.env.JOBS_ENABLED && this.env.NODE_ENV !== 'test') await this.started();
  }

  /** Queues a job; returns its id. `singletonKey` keeps one queued job per key. */
  async send<T extends object>(name: string, data: T, options: PgBoss.SendOptions = {}): Promise<string | null> {
    const boss = await this.started();
    const q = this.queues.get(name)?.options ?? {};
    const id = await boss.send(name, data, { retryLimit: q.retryLimit ?? 0, expireInSeconds: q.expireInSeconds ?? 900, ...options });
    // A worker of this process picks it up now rather than at its next poll.
    for (const workerId of this.workerIds.get(name) ?? []) boss.notifyWorker(workerId);
    return id;
  }

  /** A job's state as pg-boss keeps it (created, active, completed, failed...). */
  async state(name: string, id: string): Promise<{ state: string; output: unknown } | null> {
    const boss = await this.started();
    const job = await boss.getJobById(name, id);
    return job ? { state: job.state, output: job.output } : null;
  }

  /** Runs a pure task function in a worker thread (see worker-pool.ts). */
  compute<T>(task: TaskRef, input: unknown, onProgress?: Progress): Promise<T> {
    this.pool ??= new WorkerPool(this.env.JOBS_WORKER_THREADS);
    return this.pool.run<T>(task, input, onProgress);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    const boss = this.boss ?? (await this.starting?.catch(() => undefined));
    if (boss) await boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 }).catch((e) => this.log.error(e));
    await this.pool?.close();
  }

  private started(): Promise<PgBoss> {
    if (this.stopped) return Promise.reject(new Error('jobs are stopped'));
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<PgBoss> {
    const url = (this.db.options as { url?: string }).url;
    const boss = new PgBoss({
      connectionString: url,
      schema: JOBS_SCHEMA,
      max: this.env.JOBS_DB_POOL_MAX,
      application_name: 'polyphony-jobs',
      // Completed and failed jobs stay a week for inspection, then pg-boss archives them.
      retentionDays: 7,
      maintenanceIntervalMinutes: 10,
      monitorStateIntervalMinutes: 10,
    });
    boss.on('error', (error) => this.log.error(error.message));
    await boss.start();
    this.boss = boss;
    if (this.env.JOBS_ENABLED) for (const name of this.queues.keys()) await this.listen(boss, name);
    else for (const name of this.queues.keys()) await boss.createQueue(name).catch(() => undefined);
    return boss;
  }

  private async listen(boss: PgBoss, name: string) {
    const q = this.queues.get(name)!;
    await boss.createQueue(name).catch(() => undefined);
    if (!this.env.JOBS_ENABLED) return;
    const workers = Math.max(1, q.options.concurrency ?? 1);
    for (let i = 0; i < workers; i++) {
      const workerId = await boss.work<object>(
        name,
        { batchSize: 1, pollingIntervalSeconds: this.env.JOBS_POLL_SECONDS },
        async ([job]) => {
          try {
            return (await q.handler({ id: job.id, data: job.data })) ?? {};
          } catch (error) {
            this.log.warn(`job ${name} ${job.id} failed: ${error instanceof Error ? error.message : String(error)}`);
            throw error;
          }
        },
      );
      this.workerIds.set(name, [...(this.workerIds.get(name) ?? []), workerId]);
    }
  }
}
