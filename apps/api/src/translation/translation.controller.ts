import { Controller, HttpCode, Inject, Req } from '@nestjs/common';
import { Route } from '../core/http/route';
import type { Request } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { translateRequestSchema, type TranslateRequest, type TranslateResponse, TRANSLATION_ROUTES } from '@polyphony/contracts';
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
/** The budget of one anonymous address: a quarter of a signed-in reader's (a library or an office shares one address). */
const ADDRESS_SHARE = 4;

@ApiTags('translation')
@Controller()
export class TranslationController {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly translation: TranslationService,
    private readonly repository: TranslationRepository,
  ) {}

  /**
   * Machine translations of the texts a page shows (others' words, official texts missing the reader's language),
   * for anyone who may read the page.
   *
   * This endpoint takes arbitrary text, so it is shaped against abuse (decided for issue 13; a stranger must not
   * spend the server's CPU nor fill the cache with texts that are not on the platform):
   * - Sizes are capped by the contract (TRANSLATION_LIMITS: items, characters per text and per request), and
   *   cached texts cost nothing. Engine work is counted in units of TRANSLATION_UNIT_CHARS characters, not in
   *   requests (a request of 40,000 new characters costs 20 units, a sentence 1).
   * - Signed-in readers: TRANSLATION_RATE_LIMIT units per rate-limit window each; beyond, a 429.
   * - Anonymous readers: a quarter of that per address, and all anonymous readers together share
   *   TRANSLATION_ANONYMOUS_LIMIT units per window, so rotating addresses cannot spend more than that. Beyond
   *   either, they get cached translations only (no error: the page shows the originals).
   *   Public pages still read well: what people write is translated in the background (the sweep covers every
   *   source, TranslationService.sweep), and an official text is translated once for all by the first reader.
   * - Not chosen: "anonymous readers only get texts that exist on the platform". Checking an arbitrary text
   *   against every place people and officials write (many tables, JSONB fields) costs a scan per request: a
   *   cheaper attack than the one it prevents. Translating by reference (kind + id) would be the way; see the
   *   issue's note.
   * - The cache is keyed by the source text's hash: what one reader asks for never changes what another reads.
   */
  @Route(TRANSLATION_ROUTES.translate)
  @HttpCode(200)
  @ApiOperation({ summary: 'Machine translations of texts into the reader language (cached; original stays the source of truth)' })
  async translate(
    @ZodBody(translateRequestSchema) body: TranslateRequest,
    @Req() req: Request,
    @CurrentUser() viewer?: UserEntity,
  ): Promise<TranslateResponse> {
    const result = await this.translation.translate(body.items, body.to, async (_texts, chars) => {
      const units = Math.max(1, Math.ceil(chars / TRANSLATION_UNIT_CHARS));
      const consume = (bucket: string, limit: number) =>
        this.repository.consumeRateLimit(bucket, limit, this.env.RATE_LIMIT_WINDOW_SECONDS, units);
      if (viewer) {
        const limit = await consume(`translate:user:${viewer.id}`, this.env.TRANSLATION_RATE_LIMIT);
        if (!limit.ok) throw AppError.rateLimited(limit.retryAfter);
        return true;
      }
      const address = await consume(`translate:ip:${req.ip ?? 'unknown'}`, Math.ceil(this.env.TRANSLATION_RATE_LIMIT / ADDRESS_SHARE));
      return address.ok && (await consume('translate:anonymous', this.env.TRANSLATION_ANONYMOUS_LIMIT)).ok;
    });
    const items = result.items.map((item, i) =>
      body.items[i].format === 'markdown' && item.translation !== null ? { ...item, html: renderMarkdown(item.translation) } : item,
    );
    return { engine: this.translation.translator.engine, available: result.available, items };
  }
}
