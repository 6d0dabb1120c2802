import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { LANGUAGES, type Language, type TranslationHealth } from '@polyphony/contracts';
import { detectLanguage } from '@polyphony/synthesis';
import {
  ApertiumTranslator,
  ApyTranslator,
  NoneTranslator,
  TranslationError,
  apertiumInstalled,
  type Status,
  type Translator,
} from '@polyphony/translation';
import { ENV, type Env } from '../core/config/env';
import { JobsService } from '../jobs/jobs.service';
import { SWEEP_SOURCES, TranslationRepository } from './translation.repository';

export const TRANSLATION_SWEEP_QUEUE = 'translation.sweep';

/** Texts one export call may send to the engine; the rest come from the cache (the sweep fills it) or stay empty. */
export const EXPORT_ENGINE_TEXTS = 300;

/** The engine the environment asks for (see README, configuration). */
export function translatorFromEnv(env: Env, log?: (line: string) => void): Translator {
  const options = { size: env.TRANSLATION_POOL_SIZE, timeoutMs: env.TRANSLATION_TIMEOUT_MS };
  switch (env.TRANSLATION_ENGINE) {
    case 'apy':
      return new ApyTranslator({ url: env.APERTIUM_APY_URL!, timeoutMs: env.TRANSLATION_TIMEOUT_MS });
    case 'none':
      return new NoneTranslator();
    case 'apertium':
      return new ApertiumTranslator(options);
    default:
      if (apertiumInstalled()) return new ApertiumTranslator(options);
      log?.(
        'Machine translation is off: Apertium is not installed (apt-get install apertium apertium-spa-cat apertium-fr-es apertium-fra-cat apertium-eng-spa apertium-eng-cat, or set TRANSLATION_ENGINE=apy with APERTIUM_APY_URL)',
      );
      return new NoneTranslator('Apertium is not installed, so machine translation is off');
  }
}

export interface TranslateInput {
  text: string;
  /** Stored language; detected when absent or not one of the platform's languages. */
  from?: string | null;
}

export interface TranslateOutput {
  from: string;
  /** null when the text is already in `to`, empty, or the engine cannot translate it. */
  translation: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();
const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/**
 * Machine translation of people's words, cached in PostgreSQL by source text hash, direction and engine
 * version: each text is translated once per language (concurrent requests for the same text share one engine
 * call). New contributions are translated in the background by a pg-boss job that sweeps what was written
 * since its last pass; a reader who arrives first gets the translation on demand.
 */
@Injectable()
export class TranslationService implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger('Translation');
  readonly translator: Translator;
  private readonly inFlight = new Map<string, Promise<string | null>>();
  private sweepTimer?: NodeJS.Timeout;
  private closing = false;
  private warm = false;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly repository: TranslationRepository,
    private readonly jobs: JobsService,
  ) {
    this.translator = translatorFromEnv(env, (line) => this.log.warn(line));
  }

  onModuleInit() {
    this.jobs.register(TRANSLATION_SWEEP_QUEUE, () => this.sweep(), { expireInSeconds: 600 });
    void this.status().then((s) =>
      s.available
        ? this.log.log(`Machine translation: ${s.engine} ${s.engineVersion}, ${s.directions.length} directions`)
        : this.log.warn(`Machine translation is off (${s.engine}): ${s.reason ?? 'unavailable'}`),
    );
    if (this.env.NODE_ENV !== 'test') setTimeout(() => void this.warmUp(), 1_000).unref();
    if (this.env.JOBS_ENABLED && this.env.NODE_ENV !== 'test') {
      // One sweep queued per minute by every replica; the singleton key keeps it to one job at a time.
      const queue = () =>
        void this.jobs
          .send(TRANSLATION_SWEEP_QUEUE, {}, { singletonKey: 'sweep', singletonSeconds: 30 })
          .catch((e: Error) => this.log.warn(`translation sweep not queued: ${e.message}`));
      this.sweepTimer = setInterval(queue, 60_000);
      this.sweepTimer.unref();
      setTimeout(queue, 5_000).unref();
    }
  }

  async onApplicationShutdown() {
    this.closing = true;
    clearInterval(this.sweepTimer);
    await this.translator.close();
  }

  /**
   * Starts a pipeline for every direction, one after the other, soon after boot: a cold pipeline takes about a
   * second, longer than a live room message waits for its translation.
   */
  private async warmUp() {
    if (!(await this.status()).available) return;
    for (const from of LANGUAGES)
      for (const to of LANGUAGES)
        if (from !== to && !this.closing) await this.translator.translate(['Bonjour'], from, to).catch(() => undefined);
    this.warm = !this.closing;
  }

  status(): Promise<Status> {
    return this.translator.available().catch((error: Error) => ({
      engine: this.translator.engine,
      engineVersion: this.translator.engineVersion,
      available: false,
      directions: [],
      reason: error.message,
    }));
  }

  async health(): Promise<TranslationHealth> {
    const s = await this.status();
    return {
      engine: s.engine,
      engineVersion: s.engineVersion,
      available: s.available,
      directions: s.directions.length,
      ...(s.available ? { warm: this.warm } : {}),
      ...(s.reason ? { reason: s.reason } : {}),
      ...(s.install && !s.available ? { install: s.install } : {}),
    };
  }

  /** Translations of `items` into `to`, in order: from the cache, else from the engine (then cached). */
  async translate(
    items: TranslateInput[],
    to: Language,
    /**
     * Called before the engine works (some texts are not cached yet): may throw to refuse (rate limits), or
     * answer false to serve the cache only.
     */
    beforeEngine?: (texts: number, chars: number) => Promise<boolean | void>,
    /** At most this many distinct texts go to the engine (0: the cache only); the others stay null. */
    maxEngine = Infinity,
  ): Promise<{ items: TranslateOutput[]; misses: number; available: boolean }> {
    const status = await this.status();
    const version = this.translator.engineVersion;
    const prepared = items.map((item) => {
      const from = isLanguage(item.from) ? item.from : detectLanguage(item.text).language;
      const needed = isLanguage(from) && from !== to && item.text.trim() !== '';
      return { text: item.text, from, needed, hash: needed ? sha256(item.text) : undefined };
    });
    const wanted = prepared.filter((p) => p.needed);
    const cached = await this.repository.read(
      wanted.map((p) => ({ hash: p.hash!, from: p.from })),
      to,
      version,
    );
    const key = (p: (typeof prepared)[number]) => `${p.hash!.toString('hex')}:${p.from}`;
    const missing = wanted.filter((p) => !cached.has(key(p)));
    const distinct = [...new Map(missing.map((p) => [key(p), p])).values()].slice(0, Math.max(0, maxEngine));
    const allowed =
      distinct.length > 0 &&
      status.available &&
      (await beforeEngine?.(
        distinct.length,
        distinct.reduce((n, p) => n + p.text.length, 0),
      )) !== false;
    if (allowed) {
      // One engine call per distinct text and direction, shared with concurrent requests.
      const results = await Promise.all(distinct.map((p) => this.once(p.text, p.hash!, p.from as Language, to)));
      const fresh: Array<{ hash: Buffer; from: string; to: string; translation: string }> = [];
      distinct.forEach((p, i) => {
        if (results[i] === null) return;
        cached.set(key(p), results[i]!);
        fresh.push({ hash: p.hash!, from: p.from, to, translation: results[i]! });
      });
      // Concurrent requests for the same text write it once (ON CONFLICT DO NOTHING).
      await this.repository.write(fresh, version);
    }
    return {
      available: status.available,
      misses: missing.length,
      items: prepared.map((p) => ({ from: p.from, translation: p.needed ? (cached.get(key(p)) ?? null) : null })),
    };
  }

  /**
   * Translations for an export (originals stay beside them): the cache first, then at most EXPORT_ENGINE_TEXTS
   * texts through the engine in one bulk call, so a large export never holds the engine for long. Never throws.
   */
  async forExport(items: TranslateInput[], to: Language): Promise<(string | null)[]> {
    if (!items.length) return [];
    try {
      return (await this.translate(items, to, undefined, EXPORT_ENGINE_TEXTS)).items.map((i) => i.translation);
    } catch (error) {
      this.log.warn(`export not translated into ${to}: ${(error as Error).message}`);
      return items.map(() => null);
    }
  }

  /**
   * Translates what was written since the last pass into the platform's other languages (called by the
   * pg-boss job; safe to run on several replicas: translations are keyed, the watermark only moves forward).
   */
  async sweep(batch = 200): Promise<{ translated: number }> {
    const status = await this.status();
    if (!status.available) return { translated: 0 };
    const marks = await this.repository.watermarks();
    let translated = 0;
    for (const source of SWEEP_SOURCES) {
      const { texts, until } = await this.repository.textsSince(source, marks.get(source)!, batch);
      for (const to of LANGUAGES) {
        const result = await this.translate(
          texts.filter((t) => t.language !== to).map((t) => ({ text: t.text, from: t.language })),
          to,
        );
        translated += result.misses;
      }
      if (until) await this.repository.advance(source, until);
    }
    return { translated };
  }

  /** One engine call per text and direction at a time in this process. */
  private once(text: string, hash: Buffer, from: Language, to: Language): Promise<string | null> {
    const key = `${hash.toString('hex')}:${from}:${to}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.translator
        .translate([text], from, to)
        .then(([translation]) => translation)
        .catch((error: unknown) => {
          if (!(error instanceof TranslationError)) throw error;
          this.log.warn(`translation ${from}->${to} failed: ${error.message}`);
          return null;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }
}
