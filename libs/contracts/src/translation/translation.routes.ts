import { route } from '../common/routes';
import { translateRequestSchema } from './translation.contracts';
import type { TranslateResponse } from './translation.contracts';

/** TranslationController (translation/translation.controller.ts). */
export const TRANSLATION_ROUTES = {
  translate: route('POST', '/translations', { body: translateRequestSchema }).returns<TranslateResponse>(),
} as const;
