import { Controller, Header, HttpCode, Req, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  logoUploadRequestSchema,
  municipalitiesCsvRequestSchema,
  setupRequestSchema,
  updateSettingsRequestSchema,
  type LogoUploadRequest,
  type MunicipalitiesCsvRequest,
  type SetupRequest,
  type UpdateSettingsRequest,
  SETTINGS_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { AppError } from '../core/errors/app-error';
import { ZodBody } from '../core/errors/zod-validation';
import { requestLanguage, type AuthedRequest } from '../core/http/request-context';
import type { UserEntity } from '../users/user.entity';
import { acceptLogo } from './logo';
import { parseMunicipalitiesCsv } from './municipalities-csv';
import { SettingsPolicy } from './settings.policy';
import { TerritoryService } from './territory.service';

@ApiTags('settings')
@Controller()
export class SettingsController {
  constructor(private readonly territory: TerritoryService) {}

  @Route(SETTINGS_ROUTES.instance)
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({ summary: 'Is the instance set up; its territory, languages, time zone, colour and logo (public)' })
  instance() {
    return this.territory.instance();
  }

  @Route(SETTINGS_ROUTES.logo)
  @ApiOperation({ summary: "The territory's logo (an SVG is served sanitised, with scripts forbidden)" })
  async logo(@Res() res: Response) {
    const logo = await this.territory.logo();
    if (!logo) throw AppError.notFound();
    res.setHeader('Content-Type', logo.logoType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.send(logo.logo);
  }

  @Route(SETTINGS_ROUTES.setup)
  @SignedIn()
  @ApiOperation({ summary: 'First-run setup: the territory and its first strategic lines (admins, once)' })
  setup(@CurrentUser() actor: UserEntity, @ZodBody(setupRequestSchema) body: SetupRequest) {
    if (!SettingsPolicy.canSetUp(actor)) throw AppError.forbidden();
    return this.territory.setup(body, actor);
  }

  @Route(SETTINGS_ROUTES.settings)
  @SignedIn()
  @ApiOperation({ summary: "The territory's settings (admins)" })
  settings(@CurrentUser() actor: UserEntity) {
    if (!SettingsPolicy.canEdit(actor)) throw AppError.forbidden();
    return this.territory.settings();
  }

  @Route(SETTINGS_ROUTES.update)
  @SignedIn()
  @ApiOperation({ summary: "Change the territory's settings (admins)" })
  update(@CurrentUser() actor: UserEntity, @ZodBody(updateSettingsRequestSchema) body: UpdateSettingsRequest) {
    if (!SettingsPolicy.canEdit(actor)) throw AppError.forbidden();
    return this.territory.update(body);
  }

  @Route(SETTINGS_ROUTES.setLogo)
  @SignedIn()
  @ApiOperation({ summary: 'Upload the logo: PNG, JPEG, WebP or SVG (sanitised), 512 KB at most (admins)' })
  setLogo(@CurrentUser() actor: UserEntity, @ZodBody(logoUploadRequestSchema) body: LogoUploadRequest) {
    if (!SettingsPolicy.canEdit(actor)) throw AppError.forbidden();
    return this.territory.setLogo(acceptLogo(Buffer.from(body.data, 'base64')));
  }

  @Route(SETTINGS_ROUTES.removeLogo)
  @SignedIn()
  @ApiOperation({ summary: 'Remove the logo (admins)' })
  removeLogo(@CurrentUser() actor: UserEntity) {
    if (!SettingsPolicy.canEdit(actor)) throw AppError.forbidden();
    return this.territory.setLogo(null);
  }

  @Route(SETTINGS_ROUTES.municipalitiesCsv)
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({ summary: 'Read municipalities from a CSV file: the names, and a message for each line at fault (admins)' })
  municipalitiesCsv(
    @CurrentUser() actor: UserEntity,
    @ZodBody(municipalitiesCsvRequestSchema) body: MunicipalitiesCsvRequest,
    @Req() req: AuthedRequest,
  ) {
    if (!SettingsPolicy.canSetUp(actor)) throw AppError.forbidden();
    return parseMunicipalitiesCsv(body.csv, requestLanguage(req));
  }
}
