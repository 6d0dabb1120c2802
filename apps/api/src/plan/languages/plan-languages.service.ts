import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language, PlanSection, ReviewMark } from '@polyphony/contracts';
import { AppError } from '../../core/errors/app-error';
import { OfficialLanguagesService } from '../../official-languages/official-languages.service';
import type { UserEntity } from '../../users/user.entity';
import { PlanPolicy } from '../plan.policy';
import { PlanService } from '../plan.service';
import { PlanRepository } from '../plan.repository';
import type { PlanSectionEntity } from '../plan-section.entity';
import { sectionFields, withFieldTexts, withoutMark } from './plan-languages';

/**
 * "Fill the missing languages by machine translation" for a section of the working draft, and the
 * approval of one machine-filled text. The filled texts are stored with a "to review" mark per field
 * and language; an official's edit or approval removes it.
 */
@Injectable()
export class PlanLanguagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: PlanService,
    private readonly official: OfficialLanguagesService,
  ) {}

  async fillSection(actor: UserEntity, planId: string, sectionId: string, revision: number): Promise<PlanSection> {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    if (!(await this.official.available())) throw new AppError('official_languages.unavailable');
    const plan = await this.plans.findPlan(planId);
    const read = await new PlanRepository(this.db.manager).liveSection(plan.id, sectionId);
    if (!read) throw AppError.notFound();
    if (read.revision !== revision) throw await this.plans.conflict(this.db.manager, read);
    // Translate outside the transaction (no row lock held while the engine works), then write if nobody saved since.
    const filled = await this.official.fill(sectionFields(read.content), plan.languages);
    await this.db.transaction(async (manager) => {
      const section = await this.plans.lockSection(manager, plan.id, sectionId);
      if (section.revision !== revision) throw await this.plans.conflict(manager, section);
      await this.plans.writeSection(manager, section, withFieldTexts(section.content, filled.texts), actor.id, [
        ...(section.content.review ?? []),
        ...filled.marks,
      ]);
    });
    return this.plans.section(plan.id, sectionId);
  }

  async approve(actor: UserEntity, planId: string, sectionId: string, input: { revision: number; field: string; language: Language }) {
    if (!PlanPolicy.canEdit(actor)) throw AppError.forbidden();
    await this.db.transaction(async (manager) => {
      const section = await this.plans.lockSection(manager, planId, sectionId);
      if (section.revision !== input.revision) throw await this.plans.conflict(manager, section);
      const next = withoutMark(section.content, input.field, input.language);
      if (!next) throw AppError.notFound();
      await this.plans.writeSection(manager, section, next, actor.id);
    });
    return this.plans.section(planId, sectionId);
  }

  /** For other plan writes (an accepted suggestion): the content with every plan language, and the marks to store. */
  async fillContent<T extends PlanSectionEntity['content']>(
    content: T,
    languages: Language[],
  ): Promise<{ content: T; marks: ReviewMark[] }> {
    if (!(await this.official.available())) return { content, marks: [] };
    const filled = await this.official.fill(sectionFields(content), languages);
    return { content: withFieldTexts(content, filled.texts) as T, marks: filled.marks };
  }
}
