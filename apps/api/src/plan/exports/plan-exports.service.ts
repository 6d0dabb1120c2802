import { Injectable } from '@nestjs/common';
import { TaxonomyService } from '../../taxonomy/taxonomy.service';
import { TerritoryService } from '../../territory/territory.service';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language } from '@polyphony/contracts';
import type { UserEntity } from '../../users/user.entity';
import { PlanService } from '../plan.service';
import { PlanAnnexRepository } from './plan-annex.repository';
import { PlanVersionsRepository } from '../versions/plan-versions.repository';
import { OfficialLanguagesService } from '../../official-languages/official-languages.service';
import { planDocument } from './plan-document';
import { readPlanFor } from './plan-reading';
import { renderPlanHtml } from './plan-html';
import { renderPlanPdf } from './plan-pdf';

/**
 * The plan as PDF or printable HTML in one of the four languages, with the annex on how it was built. Texts
 * missing that language are machine translated and marked, or shown in their original with a note (readPlanFor).
 */
@Injectable()
export class PlanExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
    private readonly territory: TerritoryService,
    private readonly taxonomy: TaxonomyService,
    private readonly official: OfficialLanguagesService,
  ) {}

  async document(planIdOrSlug: string, viewer: UserEntity | undefined, lang: Language, version?: 'draft' | number) {
    const plan = await this.plans.get(planIdOrSlug, viewer, version);
    const annex = await new PlanAnnexRepository(this.db.manager).annex(plan.id, plan.consultationId);
    const versionName = plan.versionId ? await new PlanVersionsRepository(this.db.manager).name(plan.versionId) : null;
    const suffix = plan.showing === 'draft' ? 'draft' : `v${plan.showing}`;
    const territory = await this.territory.current();
    const units = new Map((await this.taxonomy.all()).indicator_unit.map((u) => [u.key, u.label] as const));
    const reading = await readPlanFor(this.official, { ...plan, versionName, units }, lang);
    return {
      doc: planDocument(plan, lang, annex, reading, {
        timeZone: await this.territory.timeZone(),
        label: await this.taxonomy.labeller(lang),
        name: territory?.name,
        colour: territory?.primaryColor,
      }),
      filename: `${plan.slug}-${suffix}-${lang}`,
    };
  }

  async pdf(planIdOrSlug: string, viewer: UserEntity | undefined, lang: Language, version?: 'draft' | number) {
    const { doc, filename } = await this.document(planIdOrSlug, viewer, lang, version);
    return { body: await renderPlanPdf(doc), filename: `${filename}.pdf` };
  }

  async html(planIdOrSlug: string, viewer: UserEntity | undefined, lang: Language, version?: 'draft' | number) {
    const { doc, filename } = await this.document(planIdOrSlug, viewer, lang, version);
    return { body: renderPlanHtml(doc), filename: `${filename}.html` };
  }
}
