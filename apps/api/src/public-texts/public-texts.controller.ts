import { Controller, Param } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  consentRequestSchema,
  PUBLIC_TEXT_KINDS,
  savePublicTextRequestSchema,
  type ConsentRequest,
  type PublicTextKind,
  type SavePublicTextRequest,
  PUBLIC_TEXTS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { AppError } from '../core/errors/app-error';
import { ZodBody } from '../core/errors/zod-validation';
import type { UserEntity } from '../users/user.entity';
import { SettingsPolicy } from '../territory/settings.policy';
import { PublicTextsService } from './public-texts.service';

@ApiTags('public texts')
@Controller()
export class PublicTextsController {
  constructor(private readonly texts: PublicTextsService) {}

  @Route(PUBLIC_TEXTS_ROUTES.current)
  @ApiOperation({ summary: 'The current version of each public text written by the admins (public)' })
  current() {
    return this.texts.current();
  }

  @Route(PUBLIC_TEXTS_ROUTES.save)
  @SignedIn()
  @ApiOperation({ summary: 'Save a new version of a public text (admins); a new privacy notice or terms asks everyone to consent again' })
  save(@CurrentUser() actor: UserEntity, @Param('kind') kind: string, @ZodBody(savePublicTextRequestSchema) body: SavePublicTextRequest) {
    if (!SettingsPolicy.canEdit(actor)) throw AppError.forbidden();
    if (!(PUBLIC_TEXT_KINDS as readonly string[]).includes(kind)) throw AppError.notFound();
    return this.texts.save(actor, kind as PublicTextKind, body.body);
  }

  @Route(PUBLIC_TEXTS_ROUTES.status)
  @SignedIn()
  @ApiOperation({ summary: 'Whether the signed-in person must accept the current privacy notice and terms' })
  status(@CurrentUser() actor: UserEntity) {
    return this.texts.consentStatus(actor);
  }

  @Route(PUBLIC_TEXTS_ROUTES.consent)
  @SignedIn()
  @ApiOperation({ summary: 'Accept the current privacy notice and terms (409 when they changed meanwhile)' })
  consent(@CurrentUser() actor: UserEntity, @ZodBody(consentRequestSchema) body: ConsentRequest) {
    return this.texts.consent(actor, body.version, body.profile);
  }
}
