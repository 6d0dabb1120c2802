import { ApertiumPipeline, type PipelineOptions } from './pipeline';
import { TranslationError } from './types';

export interface PoolOptions extends PipelineOptions {
  /** Pipelines per mode at most (started lazily, when the others are busy). */
  size?: number;
  /** A pipeline unused this long is stopped (it restarts on the next text). */
  idleMs?: number;
}

/**
 * A small pool of long-lived pipelines per Apertium mode. A text goes to an idle pipeline, or starts a new one
 * while the pool is under `size`, or queues on the least loaded one. Dead pipelines are dropped and replaced on
 * demand; a text that was only queued behind a crash is retried once.
 */
export class PipelinePool {
  private readonly pools = new Map<string, ApertiumPipeline[]>();
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly reaper: NodeJS.Timeout;

  constructor(
    /** The bash command line of a mode's pipeline. */
    private readonly commandLine: (mode: string) => string,
    private readonly options: PoolOptions = {},
  ) {
    const idleMs = options.idleMs ?? 10 * 60_000;
    this.reaper = setInterval(() => this.reap(idleMs), Math.min(idleMs, 60_000));
    this.reaper.unref();
  }

  /**
   * Concurrent requests for the same text and mode share one pipeline call: fr->en goes through es, so a message
   * translated into es and en at once would otherwise run fr->es twice.
   */
  translate(mode: string, text: string): Promise<string> {
    const key = `${mode}\u0000${text}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.translateOnce(mode, text).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async translateOnce(mode: string, text: string): Promise<string> {
    try {
      return await this.pick(mode).translate(text);
    } catch (error) {
      if (error instanceof TranslationError && error.code === 'engine_failed') return this.pick(mode).translate(text);
      throw error;
    }
  }

  /** Live pipelines per mode (for tests and metrics). */
  stats(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [mode, list] of this.pools) out[mode] = list.filter((p) => p.alive).length;
    return out;
  }

  close(): void {
    clearInterval(this.reaper);
    for (const list of this.pools.values()) for (const pipeline of list) pipeline.close();
    this.pools.clear();
  }

  private pick(mode: string): ApertiumPipeline {
    const list = (this.pools.get(mode) ?? []).filter((p) => p.alive);
    this.pools.set(mode, list);
    const idle = list.find((p) => p.load === 0);
    if (idle) return idle;
    if (list.length < Math.max(1, this.options.size ?? 2)) {
      const pipeline = new ApertiumPipeline(mode, this.commandLine(mode), this.options);
      list.push(pipeline);
      return pipeline;
    }
    return list.reduce((a, b) => (b.load < a.load ? b : a));
  }

  private reap(idleMs: number): void {
    const now = Date.now();
    for (const list of this.pools.values())
      for (const pipeline of list) if (pipeline.load === 0 && now - pipeline.lastUsed > idleMs) pipeline.close();
  }
}
