import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { translateRequestSchema, type TranslateRequest, type TranslateResponse } from '@polyphony/contracts';
import { CurrentUser } from '../core/auth/auth.decorators';
import { ENV, type Env } from '../core/config/env';
import { AppError } from '../core/errors/app-error';
import { ZodBody } from '../core/errors/zod-validation';
import { renderMarkdown } from '../core/text/markdown';
import type { UserEntity } from '../users/user.entity';
import { TranslationRepository } from './translation.repository';
import { TranslationService } from './translation.service';

@ApiTags('translation')
@Controller('translations')
export class TranslationController {
  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly translation: TranslationService,
    private readonly repository: TranslationRepository,
  ) {}

  /**
   * Machine translations of the texts a page shows (others' words), for anyone who may read the page. Size is
   * capped by the contract; cached texts are free; a request that needs the engine counts against a per-reader
   * (or per-address) limit, checked and recorded atomically in PostgreSQL.
   */
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Machine translations of texts into the reader language (cached; original stays the source of truth)' })
  async translate(
    @ZodBody(translateRequestSchema) body: TranslateRequest,
    @Req() req: Request,
    @CurrentUser() viewer?: UserEntity,
  ): Promise<TranslateResponse> {
    const bucket = viewer ? `translate:user:${viewer.id}` : `translate:ip:${req.ip ?? 'unknown'}`;
    const result = await this.translation.translate(body.items, body.to, async () => {
      const limit = await this.repository.consumeRateLimit(bucket, this.env.TRANSLATION_RATE_LIMIT, this.env.RATE_LIMIT_WINDOW_SECONDS);
      if (!limit.ok) throw AppError.rateLimited(limit.retryAfter);
    });
    const items = result.items.map((item, i) =>
      body.items[i].format === 'markdown' && item.translation !== null ? { ...item, html: renderMarkdown(item.translation) } : item,
    );
    return { engine: this.translation.translator.engine, available: result.available, items };
  }
}
