import type { Language } from '@polyphony/contracts';

export type { Language };

/** One translation direction the engine can serve; `via` names the pivot language when there is no direct pair. */
export interface Direction {
  from: Language;
  to: Language;
  via?: Language;
}

/** What an engine can do right now, and if nothing, why and how to fix it. */
export interface Status {
  engine: string;
  engineVersion: string;
  available: boolean;
  /** Directions served (empty when unavailable). */
  directions: Direction[];
  /** Why the engine is off (or partly off), in plain English for logs and the health endpoint. */
  reason?: string;
  /** What an operator runs to turn it on. */
  install?: string;
}

/**
 * A machine translation engine. `translate` keeps the order of `texts`; an empty text stays empty and a text
 * is returned unchanged when `from === to`. It rejects with `TranslationError` when the engine cannot
 * translate (off, direction missing, timeout): callers must never store the original as a translation.
 */
export interface Translator {
  /** `apertium`, `apy` or `none`. */
  readonly engine: string;
  /** Changes whenever the engine or its language data change: part of every cache key. */
  readonly engineVersion: string;
  available(): Promise<Status>;
  translate(texts: string[], from: Language, to: Language): Promise<string[]>;
  /** Stops child processes and timers. */
  close(): Promise<void>;
}

export type TranslationErrorCode = 'unavailable' | 'unsupported_direction' | 'timeout' | 'engine_failed';

export class TranslationError extends Error {
  constructor(
    readonly code: TranslationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TranslationError';
  }
}

export const APERTIUM_PACKAGES = [
  'apertium',
  'apertium-spa-cat',
  'apertium-fr-es',
  'apertium-fra-cat',
  'apertium-eng-spa',
  'apertium-eng-cat',
] as const;

export const APERTIUM_INSTALL_HINT = `apt-get install ${APERTIUM_PACKAGES.join(' ')}`;
