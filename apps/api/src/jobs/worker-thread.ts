import { parentPort } from 'node:worker_threads';

/**
 * The entry of every worker thread of the pool: runs one task at a time. A task is a plain
 * function exported by a module (`module`, `fn`), given the input and a progress callback;
 * it must be pure CPU work (no database, no Nest): the caller loads and stores.
 */
interface TaskMessage {
  id: number;
  module: string;
  fn: string;
  input: unknown;
}

const loaded = new Map<string, Record<string, unknown>>();

// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler catches every error and reports it to the parent
parentPort?.on('message', async (task: TaskMessage) => {
  const progress = (value: number, stage?: string) => parentPort?.postMessage({ id: task.id, progress: value, stage });
  try {
    let mod = loaded.get(task.module);
    if (!mod) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require(task.module) as Record<string, unknown>;
      loaded.set(task.module, mod);
    }
    const fn = mod[task.fn];
    if (typeof fn !== 'function') throw new Error(`${task.module} has no task ${task.fn}`);
    const started = performance.now();
    const result = await fn(task.input, progress);
    parentPort?.postMessage({ id: task.id, result, ms: performance.now() - started });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort?.postMessage({ id: task.id, error: { message: e.message, stack: e.stack } });
  }
});
