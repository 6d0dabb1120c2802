import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  approveTranslationRequestSchema,
  fillLanguagesRequestSchema,
  type Language,
  TRACKING_LANGUAGES_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { ZodBody } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { TrackingLanguagesService } from './tracking-languages.service';
import { UuidParam } from '../core/http/params';

@ApiTags('accountability')
@Controller()
export class TrackingLanguagesController {
  constructor(private readonly languages: TrackingLanguagesService) {}

  @Route(TRACKING_LANGUAGES_ROUTES.fill)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Fill the plan languages an action’s tracking lacks by machine translation, marked "to review" (503 when off)' })
  fill(
    @CurrentUser() actor: UserEntity,
    @Param('actionId', UuidParam) actionId: string,
    @ZodBody(fillLanguagesRequestSchema) body: { revision: number },
  ) {
    return this.languages.fill(actor, actionId, body.revision);
  }

  @Route(TRACKING_LANGUAGES_ROUTES.approve)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Approve a machine-translated tracking text as it is: its "to review" mark goes' })
  approve(
    @CurrentUser() actor: UserEntity,
    @Param('actionId', UuidParam) actionId: string,
    @ZodBody(approveTranslationRequestSchema) body: { revision: number; field: string; language: Language },
  ) {
    return this.languages.approve(actor, actionId, body);
  }
}
