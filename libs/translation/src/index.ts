export * from './types';
export { APERTIUM_MODES, ISO639_3, PIVOT, TRANSLATION_LANGUAGES, route, servedDirections } from './directions';
export { escapeForStream, unescapeFromStream } from './stream-format';
export { ApertiumPipeline } from './pipeline';
export { PipelinePool } from './pool';
export { ApertiumTranslator, apertiumInstalled, defaultModesDir, findExecutable, type ApertiumOptions } from './apertium';
export { ApyTranslator, type ApyOptions } from './apy';
export { NoneTranslator } from './none';
export { createTranslator, type TranslatorConfig } from './create';
