import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Language } from '@polyphony/contracts';
import { APERTIUM_MODES, route, servedDirections } from './directions';
import { PipelinePool, type PoolOptions } from './pool';
import { mapPreservingEdges } from './text';
import { APERTIUM_INSTALL_HINT, APERTIUM_PACKAGES, TranslationError, type Status, type Translator } from './types';

export interface ApertiumOptions extends PoolOptions {
  /** Folder of the `.mode` files (default `$APERTIUM_DATADIR/modes`, else /usr/share/apertium/modes). */
  modesDir?: string;
}

/** Finds an executable on PATH without running it. */
export function findExecutable(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // next
    }
  }
  return undefined;
}

export function defaultModesDir(): string {
  const candidates = [
    ...(process.env.APERTIUM_DATADIR ? [join(process.env.APERTIUM_DATADIR, 'modes')] : []),
    '/usr/share/apertium/modes',
    '/usr/local/share/apertium/modes',
  ];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0];
}

/** Apertium is usable here: lttoolbox's lt-proc on PATH and a modes folder with at least one pair. */
export function apertiumInstalled(modesDir = defaultModesDir()): boolean {
  return !!findExecutable('lt-proc') && existsSync(modesDir);
}

/**
 * The local Apertium language data, through long-lived null-flush pipelines (see ApertiumPipeline and
 * PipelinePool), built from each pair's `.mode` file like `apertium -z -u -f none` does, without its shell
 * wrapper (whose reads of /dev/stdin and gawk stages do not suit a long-lived pipe). fr<->en goes through
 * Spanish. The engine version names the installed packages' versions (and the mode files), so an upgrade of
 * the language data invalidates cached translations.
 */
export class ApertiumTranslator implements Translator {
  readonly engine = 'apertium';
  private readonly pool: PipelinePool;
  private readonly modesDir: string;
  private readonly commandLines = new Map<string, string>();
  private version: string | undefined;
  private status: Promise<Status> | undefined;
  private modes = new Set<string>();

  constructor(options: ApertiumOptions = {}) {
    this.modesDir = options.modesDir ?? defaultModesDir();
    this.pool = new PipelinePool((mode) => this.commandLine(mode), options);
  }

  get engineVersion(): string {
    this.version ??= this.computeVersion();
    return this.version;
  }

  available(): Promise<Status> {
    this.status ??= Promise.resolve().then(() => this.probe());
    return this.status;
  }

  async translate(texts: string[], from: Language, to: Language): Promise<string[]> {
    if (from === to) return [...texts];
    const status = await this.available();
    if (!status.available) throw new TranslationError('unavailable', status.reason ?? 'Apertium is not available');
    const steps = route(from, to, (a, b) => this.hasMode(a, b));
    if (!steps) throw new TranslationError('unsupported_direction', `Apertium has no ${from}->${to} pair installed`);
    return Promise.all(
      texts.map((text) =>
        mapPreservingEdges(text, async (core) => {
          let out = core;
          for (const [a, b] of steps) out = await this.pool.translate(APERTIUM_MODES[`${a}-${b}`]!, out);
          return out;
        }),
      ),
    );
  }

  /** Live pipelines per mode. */
  pipelines(): Record<string, number> {
    return this.pool.stats();
  }

  async close(): Promise<void> {
    this.pool.close();
  }

  private hasMode(from: Language, to: Language): boolean {
    const mode = APERTIUM_MODES[`${from}-${to}`];
    return !!mode && this.modes.has(mode);
  }

  private probe(): Status {
    const base = { engine: this.engine, engineVersion: this.engineVersion, install: APERTIUM_INSTALL_HINT };
    if (!findExecutable('lt-proc') || !findExecutable('bash'))
      return { ...base, available: false, directions: [], reason: 'Apertium is not installed (lt-proc not found)' };
    try {
      this.modes = new Set(
        readdirSync(this.modesDir)
          .filter((f) => f.endsWith('.mode'))
          .map((f) => f.slice(0, -'.mode'.length)),
      );
    } catch {
      return { ...base, available: false, directions: [], reason: `no Apertium modes folder at ${this.modesDir}` };
    }
    const directions = servedDirections((a, b) => this.hasMode(a, b));
    const missing = Object.values(APERTIUM_MODES).filter((mode) => !this.modes.has(mode!));
    if (directions.length === 0)
      return { ...base, available: false, directions, reason: 'no Apertium pair between fr, es, ca and en is installed' };
    return {
      ...base,
      available: true,
      directions,
      ...(missing.length ? { reason: `missing Apertium modes: ${missing.join(', ')}` } : {}),
    };
  }

  /** The mode's pipeline with every stage in null-flush mode. */
  private commandLine(mode: string): string {
    let line = this.commandLines.get(mode);
    if (line) return line;
    const file = join(this.modesDir, `${mode}.mode`);
    if (findExecutable('apertium-wblank-mode')) {
      line = execFileSync('apertium-wblank-mode', ['-z', file], { timeout: 10_000 }).toString().trim();
    } else {
      // Older Apertium: add -z after each stage's program, as APy does.
      line = readFileSync(file, 'utf8')
        .trim()
        .split('|')
        .map((stage) => stage.replace(/^\s*(\S+)/, '$1 -z'))
        .join(' | ');
    }
    this.commandLines.set(mode, line);
    return line;
  }

  private computeVersion(): string {
    let packages = '';
    try {
      packages = execFileSync('dpkg-query', ['-W', '-f', '${Package}=${Version}\\n', ...APERTIUM_PACKAGES], {
        timeout: 10_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      }).toString();
    } catch (error) {
      // Not Debian, or a package missing: what is listed still counts.
      packages = String((error as { stdout?: Buffer }).stdout ?? '');
    }
    const hash = createHash('sha256').update(packages);
    try {
      for (const mode of Object.values(APERTIUM_MODES)) {
        const file = join(this.modesDir, `${mode}.mode`);
        if (existsSync(file)) hash.update(mode!).update(readFileSync(file));
      }
    } catch {
      // unreadable modes: the packages still name the data
    }
    const core = /^apertium=(\S+)/m.exec(packages)?.[1] ?? 'local';
    return `apertium-${core}+${hash.digest('hex').slice(0, 10)}`;
  }
}
