import { Controller, HttpCode, Param, Req, Res } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  generateSummaryRequestSchema,
  publishSummaryRequestSchema,
  summaryPdfQuerySchema,
  summaryQuerySchema,
  updateSummaryRequestSchema,
  type GenerateSummaryRequest,
  type PublishSummaryRequest,
  type SummaryPdfQuery,
  type SummaryQuery,
  type UpdateSummaryInput,
  ANNUAL_SUMMARIES_ROUTES,
} from '@polyphony/contracts';
import { CurrentUser, SignedIn } from '../core/auth/auth.decorators';
import { ZodBody, ZodQuery } from '../core/errors/zod-validation';
import { requestLanguage, type AuthedRequest } from '../core/http/request-context';
import type { UserEntity } from '../users/user.entity';
import { AnnualSummariesService } from './annual-summaries.service';
import { narrativeTranslations, renderSummaryPdf } from './summary-pdf';
import { OfficialLanguagesService } from '../official-languages/official-languages.service';
import { IntParam, UuidParam } from '../core/http/params';
import { TerritoryService } from '../territory/territory.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';

@ApiTags('summaries')
@Controller()
export class AnnualSummariesController {
  constructor(
    private readonly summaries: AnnualSummariesService,
    private readonly territory: TerritoryService,
    private readonly taxonomy: TaxonomyService,
    private readonly officialLanguages: OfficialLanguagesService,
  ) {}

  @Route(ANNUAL_SUMMARIES_ROUTES.list)
  @ApiOperation({ summary: 'Published annual summaries (latest version of each year), and drafts for officials' })
  list(@CurrentUser() viewer?: UserEntity) {
    return this.summaries.list(viewer);
  }

  @Route(ANNUAL_SUMMARIES_ROUTES.generate)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Generate the draft summary of a plan for a year from the data (or refresh the draft’s figures)' })
  generate(@CurrentUser() actor: UserEntity, @ZodBody(generateSummaryRequestSchema) body: GenerateSummaryRequest) {
    return this.summaries.generate(actor, body);
  }

  @Route(ANNUAL_SUMMARIES_ROUTES.update)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Save the draft’s narrative (per section and language) and correction reason; a published summary refuses' })
  update(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(updateSummaryRequestSchema) body: UpdateSummaryInput,
  ) {
    return this.summaries.update(actor, id, body);
  }

  @Route(ANNUAL_SUMMARIES_ROUTES.publish)
  @HttpCode(200)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Publish the draft: it never changes again (a later version is a correction and needs a reason)' })
  publish(
    @CurrentUser() actor: UserEntity,
    @Param('id', UuidParam) id: string,
    @ZodBody(publishSummaryRequestSchema) body: PublishSummaryRequest,
  ) {
    return this.summaries.publish(actor, id, body);
  }

  @Route(ANNUAL_SUMMARIES_ROUTES.discard)
  @HttpCode(204)
  @SignedIn('admin', 'official')
  @ApiOperation({ summary: 'Discard a draft (never a published version)' })
  discard(@CurrentUser() actor: UserEntity, @Param('id', UuidParam) id: string) {
    return this.summaries.discard(actor, id);
  }

  @Route(ANNUAL_SUMMARIES_ROUTES.get)
  @ApiOperation({ summary: 'A year’s summary: the latest published version, ?version=N, or ?version=draft (officials)' })
  get(
    @Param('plan') plan: string,
    @Param('year', IntParam) y: number,
    @ZodQuery(summaryQuerySchema) query: SummaryQuery,
    @CurrentUser() viewer?: UserEntity,
  ) {
    return this.summaries.get(plan, y, viewer, query.version);
  }

  @Route(ANNUAL_SUMMARIES_ROUTES.pdf)
  @ApiOperation({ summary: 'The summary as an A4 PDF in one language (?lang=fr|es|ca|en), with charts' })
  async pdf(
    @Req() req: AuthedRequest,
    @Res() res: Response,
    @Param('plan') plan: string,
    @Param('year', IntParam) y: number,
    @ZodQuery(summaryPdfQuerySchema) query: SummaryPdfQuery,
    @CurrentUser() viewer?: UserEntity,
  ) {
    const summary = await this.summaries.get(plan, y, viewer, query.version);
    const lang = query.lang ?? requestLanguage(req);
    const units = new Map((await this.taxonomy.all()).indicator_unit.map((u) => [u.key, u.label] as const));
    const body = await renderSummaryPdf(summary, lang, {
      timeZone: await this.territory.timeZone(),
      label: await this.taxonomy.labeller(lang),
      colour: (await this.territory.current())?.primaryColor,
      units,
      narratives: await narrativeTranslations(this.officialLanguages, summary, lang, units),
    });
    const suffix = summary.status === 'draft' ? 'draft' : `v${summary.version}`;
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${summary.plan.slug}-${summary.year}-${suffix}-${lang}.pdf"`);
    res.send(body);
  }
}
