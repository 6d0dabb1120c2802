import { Controller, HttpCode } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  moderationDecisionSchema,
  moderationLogQuerySchema,
  moderationQueueQuerySchema,
  reportRequestSchema,
  type ModerationDecision,
  MODERATION_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodBody, ZodQuery } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@Controller()
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Route(MODERATION_ROUTES.report)
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Report content (once per person); enough reports hide it pending review' })
  report(@CurrentUser() actor: UserEntity, @ZodBody(reportRequestSchema) body: Parsed<typeof reportRequestSchema>) {
    return this.moderation.report(actor, body);
  }

  @Route(MODERATION_ROUTES.decide)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Hide, restore or dismiss reports, with a reason (officials)' })
  decide(@CurrentUser() actor: UserEntity, @ZodBody(moderationDecisionSchema) body: ModerationDecision) {
    return this.moderation.decide(actor, body);
  }

  @Route(MODERATION_ROUTES.queue)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Reported (or hidden) content, most recent report first' })
  queue(@CurrentUser() actor: UserEntity, @ZodQuery(moderationQueueQuerySchema) query: Parsed<typeof moderationQueueQuerySchema>) {
    return this.moderation.queue(actor, query);
  }

  @Route(MODERATION_ROUTES.log)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Audit log of moderation and status actions' })
  log(@CurrentUser() actor: UserEntity, @ZodQuery(moderationLogQuerySchema) query: Parsed<typeof moderationLogQuerySchema>) {
    return this.moderation.log(actor, query);
  }
}
