import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { translateRequestSchema, type TranslateRequest, type TranslateResponse } from '@polyphony/contracts';
import { CurrentUser } from '../core/auth/auth.decorators';
import { ENV, type Env } from '../core/config/env';
import { AppError } from '../core/errors/app-error';
import { ZodBody } from '../core/errors/zod-validation';
import { renderMarkdown } from '../core/text/markdown';
import type { UserEntity } from '../users/user.entity';
import { TranslationRepository } from './translation.repository';
import { TranslationService } from './translation.service';

/** Characters of engine work that count as one unit of a reader's translation budget. */
export const TRANSLATION_UNIT_CHARS = 2000;

@ApiTags('translation')
@Controller('translations')
export class TranslationController {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly translation: TranslationService,
    private readonly repository: TranslationRepository,
  ) {}

  /**
   * Machine translations of the texts a page shows (others' words), for anyone who may read the page.
   *
   * This endpoint takes arbitrary text, so it is shaped against abuse (decided for issue 13):
   * - Anonymous readers get cached translations only, never the engine: everything people write on the platform
   *   is translated in the background (the sweep, TranslationService.sweep, every source of SWEEP_SOURCES), so a
   *   visitor finds it cached, and a stranger cannot spend the server's CPU nor fill the cache with texts that
   *   are not on the platform. (Checking that an arbitrary text "exists on the platform" would cost a scan of
   *   every source per request: a cheaper attack than the one it prevents.) A miss answers `translation: null`.
   * - Signed-in readers may ask the engine for texts not cached yet, counted against a per-reader budget in
   *   units of TRANSLATION_UNIT_CHARS characters (a request of 40,000 characters costs 20 units, a sentence 1),
   *   checked and recorded atomically in PostgreSQL: TRANSLATION_RATE_LIMIT units per rate-limit window.
   * - Sizes are capped by the contract (TRANSLATION_LIMITS: items, characters per text and per request).
   * - The cache is keyed by the source text's hash, so what one reader asks for can never change what another
   *   reads; what a signed-in reader adds is bounded by the budget above.
   */
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Machine translations of texts into the reader language (cached; original stays the source of truth)' })
  async translate(@ZodBody(translateRequestSchema) body: TranslateRequest, @CurrentUser() viewer?: UserEntity): Promise<TranslateResponse> {
    const result = viewer
      ? await this.translation.translate(body.items, body.to, async (_texts, chars) => {
          const units = Math.max(1, Math.ceil(chars / TRANSLATION_UNIT_CHARS));
          const limit = await this.repository.consumeRateLimit(
            `translate:user:${viewer.id}`,
            this.env.TRANSLATION_RATE_LIMIT,
            this.env.RATE_LIMIT_WINDOW_SECONDS,
            units,
          );
          if (!limit.ok) throw AppError.rateLimited(limit.retryAfter);
        })
      : await this.translation.translate(body.items, body.to, undefined, 0);
    const items = result.items.map((item, i) =>
      body.items[i].format === 'markdown' && item.translation !== null ? { ...item, html: renderMarkdown(item.translation) } : item,
    );
    return { engine: this.translation.translator.engine, available: result.available, items };
  }
}
