import { createHash } from 'node:crypto';
import type { Language } from '@polyphony/contracts';
import { ISO639_3, route, servedDirections } from './directions';
import { mapLimit, mapPreservingEdges } from './text';
import { APERTIUM_INSTALL_HINT, TranslationError, type Status, type Translator } from './types';

export interface ApyOptions {
  /** Base URL of the APy server, e.g. http://apy:2737 */
  url: string;
  /** Milliseconds per HTTP request. */
  timeoutMs?: number;
  /** Requests in flight at once from this process. */
  concurrency?: number;
}

interface ListPairs {
  responseData?: Array<{ sourceLanguage: string; targetLanguage: string }>;
}
interface Translated {
  responseData?: { translatedText?: string };
  responseStatus?: number;
  responseDetails?: string | null;
}

/**
 * An Apertium-APy server shared by several API replicas (`/translate`, plain-text format, unknown words
 * unmarked). Pairs come from `/listPairs`; fr<->en goes through Spanish as with local Apertium. The engine
 * version is `apy-` and a hash of the pairs the server lists (APy does not report its data's versions).
 */
export class ApyTranslator implements Translator {
  readonly engine = 'apy';
  private pairs: Set<string> | undefined;
  private version = 'apy';
  private checked: { at: number; status: Promise<Status> } | undefined;
  private readonly base: string;

  constructor(private readonly options: ApyOptions) {
    this.base = options.url.replace(/\/+$/, '');
  }

  get engineVersion(): string {
    return this.version;
  }

  /** Asks the server for its pairs; an answer is kept for a minute, a failure for 5 s. */
  available(): Promise<Status> {
    const now = Date.now();
    if (this.checked && now - this.checked.at < 60_000) return this.checked.status;
    const status = this.probe();
    this.checked = { at: now, status };
    void status.then((s) => {
      if (!s.available && this.checked?.status === status) this.checked.at = Date.now() - 55_000;
    });
    return status;
  }

  async translate(texts: string[], from: Language, to: Language): Promise<string[]> {
    if (from === to) return [...texts];
    const status = await this.available();
    if (!status.available) throw new TranslationError('unavailable', status.reason ?? 'APy is not reachable');
    const steps = route(from, to, (a, b) => this.hasPair(a, b));
    if (!steps) throw new TranslationError('unsupported_direction', `APy has no ${from}->${to} pair`);
    return mapLimit(texts, this.options.concurrency ?? 8, (text) =>
      mapPreservingEdges(text, async (core) => {
        let out = core;
        for (const [a, b] of steps) out = await this.request(a, b, out);
        return out;
      }),
    );
  }

  async close(): Promise<void> {
    // HTTP only: nothing to stop.
  }

  private hasPair(from: Language, to: Language): boolean {
    return !!this.pairs?.has(`${ISO639_3[from]}|${ISO639_3[to]}`);
  }

  private async probe(): Promise<Status> {
    const base = { engine: this.engine, install: `run apertium-apy (Debian package apertium-apy) with ${APERTIUM_INSTALL_HINT}` };
    try {
      const body = (await this.fetchJson(`${this.base}/listPairs`)) as ListPairs;
      const list = (body.responseData ?? []).map((p) => `${p.sourceLanguage}|${p.targetLanguage}`).sort();
      this.pairs = new Set(list);
      this.version = `apy-${createHash('sha256').update(list.join(',')).digest('hex').slice(0, 10)}`;
    } catch (error) {
      return {
        ...base,
        engineVersion: this.version,
        available: false,
        directions: [],
        reason: `APy at ${this.base} did not answer: ${(error as Error).message}`,
      };
    }
    const directions = servedDirections((a, b) => this.hasPair(a, b));
    return directions.length
      ? { ...base, engineVersion: this.version, available: true, directions }
      : {
          ...base,
          engineVersion: this.version,
          available: false,
          directions,
          reason: `APy at ${this.base} has no pair between fr, es, ca and en`,
        };
  }

  private async request(from: Language, to: Language, text: string): Promise<string> {
    const form = new URLSearchParams({ langpair: `${ISO639_3[from]}|${ISO639_3[to]}`, q: text, format: 'txt', markUnknown: 'no' });
    const body = (await this.fetchJson(`${this.base}/translate`, form)) as Translated;
    const out = body.responseData?.translatedText;
    if (typeof out !== 'string')
      throw new TranslationError('engine_failed', `APy answered ${body.responseStatus}: ${body.responseDetails ?? 'no text'}`);
    return out;
  }

  private async fetchJson(url: string, form?: URLSearchParams): Promise<unknown> {
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    let response: Response;
    try {
      response = await fetch(url, { method: form ? 'POST' : 'GET', body: form, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new TranslationError('timeout', `APy took more than ${timeoutMs} ms`);
      throw new TranslationError('engine_failed', `APy unreachable: ${(error as Error).message}`);
    }
    if (!response.ok) throw new TranslationError('engine_failed', `APy answered HTTP ${response.status}`);
    return response.json();
  }
}
