import { Controller, HttpCode, Param } from '@nestjs/common';
import { Route } from '../../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { approveTranslationRequestSchema, fillLanguagesRequestSchema, type Language, PLAN_LANGUAGES_ROUTES } from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../../core/auth/auth.decorators';
import { ZodBody } from '../../core/errors/zod-validation';
import type { UserEntity } from '../../users/user.entity';
import { PlanGateway } from '../plan.gateway';
import { PlanLanguagesService } from './plan-languages.service';
import { UuidParam } from '../../core/http/params';

@ApiTags('plan')
@Controller()
export class PlanLanguagesController {
  constructor(
    private readonly languages: PlanLanguagesService,
    private readonly gateway: PlanGateway,
  ) {}

  @Route(PLAN_LANGUAGES_ROUTES.fill)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Fill the plan languages the section lacks by machine translation, marked "to review" (503 when off)' })
  async fill(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('sectionId', UuidParam) sectionId: string,
    @ZodBody(fillLanguagesRequestSchema) body: { revision: number },
  ) {
    const section = await this.languages.fillSection(actor, id, sectionId, body.revision);
    this.gateway.sectionSaved(id, section.id, section.revision, actor.displayName);
    return section;
  }

  @Route(PLAN_LANGUAGES_ROUTES.approve)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Approve a machine-translated text as it is: its "to review" mark goes' })
  async approve(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @Param('sectionId', UuidParam) sectionId: string,
    @ZodBody(approveTranslationRequestSchema) body: { revision: number; field: string; language: Language },
  ) {
    const section = await this.languages.approve(actor, id, sectionId, body);
    this.gateway.sectionSaved(id, section.id, section.revision, actor.displayName);
    return section;
  }
}
