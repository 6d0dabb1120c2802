import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { TranslationError } from './types';
import { escapeForStream, unescapeFromStream } from './stream-format';

export interface PipelineOptions {
  /** Milliseconds one text may take (the first one includes the pipeline's start-up). */
  timeoutMs?: number;
}

interface Pending {
  text: string;
  resolve: (value: string) => void;
  reject: (error: Error) => void;
}

/**
 * One long-lived Apertium pipeline for one mode, every stage in null-flush mode (`-z`), run by bash from the
 * mode's command line (see ApertiumTranslator). The text goes in raw (`-f none`: no deformatter; reserved
 * characters are escaped), followed by a NUL, a superblank nonce and a NUL, as APy does: some stages (lt-proc -b)
 * only flush a NUL-terminated chunk once the next one arrives, and the nonce both pushes the text out and marks
 * where its answer ends, so an answer can never be taken for another's. One text is in flight at a time; a text
 * that times out kills the process group and the pool starts another.
 */
export class ApertiumPipeline {
  private child: ChildProcessWithoutNullStreams | undefined;
  private queue: Pending[] = [];
  private current: (Pending & { timer: NodeJS.Timeout; nonce: Buffer }) | undefined;
  private buffer: Buffer = Buffer.alloc(0);
  private dead = false;
  lastUsed = Date.now();
  served = 0;

  constructor(
    readonly mode: string,
    /** A bash command line reading the stream on stdin (`$1`: generation option, `$2`: tagger option). */
    private readonly commandLine: string,
    private readonly options: PipelineOptions = {},
  ) {}

  get alive(): boolean {
    return !this.dead;
  }

  /** Texts waiting or in flight. */
  get load(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  translate(text: string): Promise<string> {
    if (this.dead) return Promise.reject(new TranslationError('engine_failed', `pipeline ${this.mode} is closed`));
    return new Promise((resolve, reject) => {
      this.queue.push({ text, resolve, reject });
      this.pump();
    });
  }

  close(): void {
    this.fail(new TranslationError('engine_failed', `pipeline ${this.mode} closed`));
  }

  private start(): ChildProcessWithoutNullStreams {
    // -n: generate without marks on unknown words (apertium -u).
    const child = spawn('bash', ['-c', this.commandLine, `apertium-${this.mode}`, '-n', ''], {
      // Its own process group, so that every stage of the pipe can be stopped together.
      detached: true,
      env: { ...process.env, LC_ALL: process.env.LC_ALL || 'C.UTF-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // The API process must not wait for idle pipelines to exit.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    child.on('error', (error) => this.fail(new TranslationError('engine_failed', `apertium ${this.mode}: ${error.message}`)));
    child.on('exit', (code, signal) =>
      this.fail(
        new TranslationError(
          'engine_failed',
          `apertium ${this.mode} exited (${signal ?? code})${stderr ? `: ${stderr.trim().slice(-300)}` : ''}`,
        ),
      ),
    );
    child.stdin.on('error', () => undefined); // EPIPE after a crash: the exit handler reports it
    return child;
  }

  /**
   * Holds the Node process open while a text is in flight (a CLI awaiting a translation must not exit), and
   * lets it exit while the pipeline is idle (an idle pipeline never keeps a process alive).
   */
  private hold(on: boolean): void {
    const child = this.child;
    if (!child) return;
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as unknown as Array<{ ref?: () => void; unref?: () => void }>)
      if (on) handle.ref?.();
      else handle.unref?.();
  }

  private pump(): void {
    if (this.current || this.dead) return;
    const next = this.queue.shift();
    if (!next) {
      this.hold(false);
      return;
    }
    this.child ??= this.start();
    this.hold(true);
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    const timer = setTimeout(
      () => this.fail(new TranslationError('timeout', `apertium ${this.mode} took more than ${timeoutMs} ms`)),
      timeoutMs,
    );
    timer.unref();
    const nonce = `[/NONCE:${randomBytes(8).toString('hex')}]`;
    this.current = { ...next, timer, nonce: Buffer.from(nonce + '\0') };
    this.lastUsed = Date.now();
    this.child.stdin.write(escapeForStream(next.text) + '\0' + nonce + '\0');
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const current = this.current;
    if (!current) return;
    const end = this.buffer.indexOf(current.nonce);
    if (end === -1) return;
    const answer = this.buffer.subarray(0, end).toString('utf8').replace(/\0/g, '');
    this.buffer = Buffer.from(this.buffer.subarray(end + current.nonce.length));
    clearTimeout(current.timer);
    this.current = undefined;
    this.served++;
    this.lastUsed = Date.now();
    current.resolve(unescapeFromStream(answer));
    this.pump();
  }

  private fail(error: Error): void {
    if (this.dead) return;
    this.dead = true;
    const child = this.child;
    this.child = undefined;
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.reject(error);
      this.current = undefined;
    }
    // Texts that were only waiting behind the failure are not at fault: the pool retries them elsewhere.
    const waiting = new TranslationError('engine_failed', `pipeline ${this.mode} stopped before this text`);
    for (const pending of this.queue.splice(0)) pending.reject(waiting);
  }
}
