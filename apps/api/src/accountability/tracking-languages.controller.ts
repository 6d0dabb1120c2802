import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { approveTranslationRequestSchema, fillLanguagesRequestSchema, type Language } from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { ZodBody } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { TrackingLanguagesService } from './tracking-languages.service';
import { UuidParam } from '../core/http/params';

@ApiTags('accountability')
@Controller('accountability/actions/:actionId')
export class TrackingLanguagesController {
  constructor(private readonly languages: TrackingLanguagesService) {}

  @Post('fill-languages')
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

  @Post('approve-translation')
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
