import { ApertiumTranslator, apertiumInstalled, type ApertiumOptions } from './apertium';
import { ApyTranslator } from './apy';
import { NoneTranslator } from './none';
import type { Translator } from './types';

export interface TranslatorConfig {
  /** `auto` picks apertium when it is installed here, none otherwise. */
  engine: 'apertium' | 'apy' | 'none' | 'auto';
  apyUrl?: string;
  apertium?: ApertiumOptions;
  timeoutMs?: number;
}

/** Builds the configured engine. */
export function createTranslator(config: TranslatorConfig): Translator {
  switch (config.engine) {
    case 'apy':
      if (!config.apyUrl) throw new Error('the apy engine needs a URL (APERTIUM_APY_URL)');
      return new ApyTranslator({ url: config.apyUrl, timeoutMs: config.timeoutMs });
    case 'none':
      return new NoneTranslator();
    case 'apertium':
      return new ApertiumTranslator({ timeoutMs: config.timeoutMs, ...config.apertium });
    case 'auto':
      return apertiumInstalled(config.apertium?.modesDir)
        ? new ApertiumTranslator({ timeoutMs: config.timeoutMs, ...config.apertium })
        : new NoneTranslator('Apertium is not installed, so machine translation is off');
  }
}
