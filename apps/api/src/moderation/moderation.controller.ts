import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  moderationDecisionSchema,
  moderationLogQuerySchema,
  moderationQueueQuerySchema,
  reportRequestSchema,
  type ModerationDecision,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@Controller('moderation')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Post('reports')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Report content (once per person); enough reports hide it pending review' })
  report(@CurrentUser() actor: UserEntity, @ZodBody(reportRequestSchema) body: Parsed<typeof reportRequestSchema>) {
    return this.moderation.report(actor, body);
  }

  @Post('decisions')
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Hide, restore or dismiss reports, with a reason (officials)' })
  decide(@CurrentUser() actor: UserEntity, @ZodBody(moderationDecisionSchema) body: ModerationDecision) {
    return this.moderation.decide(actor, body);
  }

  @Get('queue')
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Reported (or hidden) content, most recent report first' })
  queue(@CurrentUser() actor: UserEntity, @ZodQuery(moderationQueueQuerySchema) query: Parsed<typeof moderationQueueQuerySchema>) {
    return this.moderation.queue(actor, query);
  }

  @Get('log')
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Audit log of moderation and status actions' })
  log(@CurrentUser() actor: UserEntity, @ZodQuery(moderationLogQuerySchema) query: Parsed<typeof moderationLogQuerySchema>) {
    return this.moderation.log(actor, query);
  }
}
