import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

export type Progress = (value: number, stage?: string) => void;

/** A module of pure task functions: `export function name(input, progress) { ... }`. */
export interface TaskRef {
  /** Absolute path of the module without its extension (resolved to .js when built, .ts in tests). */
  module: string;
  fn: string;
}

/** Names a task module from its own `__filename`-relative path, built or not. */
export function taskModule(dirname: string, basename: string): string {
  return join(dirname, basename + extname(__filename));
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: Progress;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Queued {
  id: number;
  task: TaskRef;
  input: unknown;
}

/**
 * A small fixed pool of worker threads for heavy, pure computations (synthesis...), so the
 * request event loop never blocks. Tasks queue when every thread is busy. A thread that dies
 * fails its task and is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly running = new Map<Worker, number>();
  private readonly queue: Queued[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size: number) {}

  run<T>(task: TaskRef, input: unknown, onProgress?: Progress): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const id = this.nextId++;
    const promise = new Promise<T>((resolve, reject) =>
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress }),
    );
    this.queue.push({ id, task, input });
    this.dispatch();
    return promise;
  }

  get busy(): number {
    return this.slots.filter((s) => s.busy).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) this.pending.get(q.id)?.reject(new Error('the worker pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch() {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const next = this.queue.shift()!;
      slot.busy = true;
      this.running.set(slot.worker, next.id);
      slot.worker.postMessage({ id: next.id, module: next.task.module, fn: next.task.fn, input: next.input });
    }
  }

  private spawn(): Slot {
    const file = join(__dirname, 'worker-thread' + extname(__filename));
    // Under ts-jest / tsx (sources, not the build) the thread compiles TypeScript through tsx.
    const execArgv = file.endsWith('.ts') ? ['--require', 'tsx/cjs'] : [];
    const worker = new Worker(file, { execArgv });
    worker.unref();
    const slot: Slot = { worker, busy: false };
    worker.on(
      'message',
      (message: { id: number; progress?: number; stage?: string; result?: unknown; error?: { message: string; stack?: string } }) => {
        const p = this.pending.get(message.id);
        if (message.progress !== undefined) return p?.onProgress?.(message.progress, message.stage);
        this.pending.delete(message.id);
        this.running.delete(worker);
        slot.busy = false;
        if (message.error) {
          const error = new Error(message.error.message);
          error.stack = message.error.stack;
          p?.reject(error);
        } else p?.resolve(message.result);
        this.dispatch();
      },
    );
    const die = (error: Error) => {
      const id = this.running.get(worker);
      this.running.delete(worker);
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      if (id !== undefined) {
        this.pending.get(id)?.reject(error);
        this.pending.delete(id);
      }
      if (!this.closed) this.dispatch();
    };
    worker.on('error', die);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) die(new Error(`worker thread exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }
}
