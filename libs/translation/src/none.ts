import type { Language } from '@polyphony/contracts';
import { APERTIUM_INSTALL_HINT, TranslationError, type Status, type Translator } from './types';

/** Machine translation switched off: every reader sees originals. */
export class NoneTranslator implements Translator {
  readonly engine = 'none';
  readonly engineVersion = 'none';

  constructor(private readonly reason = 'machine translation is switched off (TRANSLATION_ENGINE=none)') {}

  async available(): Promise<Status> {
    return {
      engine: this.engine,
      engineVersion: this.engineVersion,
      available: false,
      directions: [],
      reason: this.reason,
      install: APERTIUM_INSTALL_HINT,
    };
  }

  async translate(texts: string[], from: Language, to: Language): Promise<string[]> {
    if (from === to) return [...texts];
    throw new TranslationError('unavailable', this.reason);
  }

  async close(): Promise<void> {}
}
