import { Controller, Param, Req, Res } from '@nestjs/common';
import { Route } from '../../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { planExportQuerySchema, type Language, PLAN_EXPORTS_ROUTES } from '@polyphony/contracts';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { ZodQuery } from '../../core/errors/zod-validation';
import { requestLanguage, type AuthedRequest } from '../../core/http/request-context';
import type { UserEntity } from '../../users/user.entity';
import { PlanExportsService } from './plan-exports.service';

type ExportQuery = { lang?: Language; version?: 'draft' | number };

@ApiTags('plan')
@Controller()
export class PlanExportsController {
  constructor(private readonly exports: PlanExportsService) {}

  @Route(PLAN_EXPORTS_ROUTES.pdf)
  @ApiOperation({ summary: 'The plan as a PDF in one language, with the annex on how it was built' })
  async pdf(
    @Req() req: AuthedRequest,
    @Res() res: Response,
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(planExportQuerySchema) query: ExportQuery,
    @CurrentUser() viewer?: UserEntity,
  ) {
    const { body, filename } = await this.exports.pdf(idOrSlug, viewer, query.lang ?? requestLanguage(req), query.version);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
    res.send(body);
  }

  @Route(PLAN_EXPORTS_ROUTES.html)
  @ApiOperation({ summary: 'The plan as a printable HTML page in one language' })
  async html(
    @Req() req: AuthedRequest,
    @Res() res: Response,
    @Param('idOrSlug') idOrSlug: string,
    @ZodQuery(planExportQuerySchema) query: ExportQuery,
    @CurrentUser() viewer?: UserEntity,
  ) {
    const { body, filename } = await this.exports.html(idOrSlug, viewer, query.lang ?? requestLanguage(req), query.version);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.send(body);
  }
}
