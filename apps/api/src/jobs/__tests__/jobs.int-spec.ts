import { threadId } from 'node:worker_threads';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { JobsService } from '../jobs.service';
import { taskModule } from '../worker-pool';

const TASKS = taskModule(__dirname, '../../synthesis/synthesis.tasks');

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('jobs (pg-boss on the app database, worker threads)', () => {
  let t: TestApp;
  let jobs: JobsService;
  const seen: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    jobs = t.app.get(JobsService);
    jobs.register<{ word: string }>('test.echo', async (job) => {
      seen.push(job.data.word);
      return { upper: job.data.word.toUpperCase() };
    });
    jobs.register<{ word: string }>('test.fail', async () => {
      throw new Error('the handler broke');
    });
  });
  afterAll(() => t.close());

  it('runs a queued job end to end and keeps its output; pg-boss lives in its own schema', async () => {
    const id = await jobs.send('test.echo', { word: 'polyphony' });
    const state = await until(
      () => jobs.state('test.echo', id!),
      (s) => s?.state === 'completed',
    );
    expect(state).toEqual({ state: 'completed', output: { upper: 'POLYPHONY' } });
    expect(seen).toEqual(['polyphony']);
    const [schema] = await t.db.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'pgboss' AND table_name = 'job'`,
    );
    expect(schema.n).toBe(1);
  });

  it('records a failure with its message instead of losing it', async () => {
    const id = await jobs.send('test.fail', { word: 'x' });
    const state = await until(
      () => jobs.state('test.fail', id!),
      (s) => s?.state === 'failed',
    );
    expect(state?.state).toBe('failed');
    expect(JSON.stringify(state?.output)).toContain('the handler broke');
  });

  it('computes in a worker thread, not on the event loop, and reports a task that throws', async () => {
    const result = await jobs.compute<{ themes: unknown[]; counts: { input: number } }>(
      { module: TASKS, fn: 'themes' },
      {
        contributions: [
          { id: 'a', text: 'Plus de fonds européens pour la coopération', category: 'resident', source: 'questionnaire_answer' },
          { id: 'b', text: 'Fonds européens et coopération décentralisée', category: 'academia', source: 'questionnaire_answer' },
        ],
        options: {},
      },
    );
    expect(result.counts.input).toBe(2);
    const thread = await jobs.compute<number>({ module: require.resolve('./thread-id-task'), fn: 'whichThread' }, {});
    expect(thread).not.toBe(threadId);
    await expect(jobs.compute({ module: TASKS, fn: 'fail' }, { message: 'worker broke' })).rejects.toThrow('worker broke');
    // The pool survives a failed task.
    await expect(jobs.compute<number>({ module: require.resolve('./thread-id-task'), fn: 'whichThread' }, {})).resolves.toBeGreaterThan(0);
  });
});
