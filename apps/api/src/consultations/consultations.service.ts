import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  pickTranslation,
  type ConsultationStatus,
  type Phase,
  type UpdateConsultationRequest,
  type consultationListQuerySchema,
  type createConsultationRequestSchema,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { uniqueSlug } from '../core/text/slug';
import type { UserEntity } from '../users/user.entity';
import { ConsultationEntity } from './consultation.entity';
import { toConsultation } from './consultation.mapper';
import { ConsultationsRepository } from './consultations.repository';
import { ConsultationsPolicy } from './consultations.policy';
import { SocketRevocation } from '../core/realtime/socket-revocation';
import { isUuid } from '../core/http/params';
import type { Parsed } from '../core/errors/zod-validation';

@Injectable()
export class ConsultationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly revocation: SocketRevocation,
  ) {}

  private get repo() {
    return new ConsultationsRepository(this.db.manager);
  }

  /** For other features: the consultation or a 404, with whether the user facilitates it. */
  async findForUser(idOrSlug: string, user?: UserEntity): Promise<{ consultation: ConsultationEntity; isFacilitator: boolean }> {
    const consultation = isUuid(idOrSlug) ? await this.repo.findById(idOrSlug) : await this.repo.findBySlug(idOrSlug.toLowerCase());
    if (!consultation) throw AppError.notFound();
    const isFacilitator = user ? await this.isFacilitator(user.id, consultation.id) : false;
    if (!ConsultationsPolicy.canSee(user, consultation.status, isFacilitator)) throw AppError.notFound();
    return { consultation, isFacilitator };
  }

  /** Results, dashboards, interviews: officials and the consultation's facilitators only. */
  async assertCanSeeData(idOrSlug: string, user?: UserEntity) {
    if (!user) throw AppError.unauthenticated();
    const found = await this.findForUser(idOrSlug, user);
    if (!ConsultationsPolicy.canSeeData(user, found.isFacilitator)) throw AppError.forbidden();
    return found;
  }

  async isFacilitator(userId: string, consultationId: string): Promise<boolean> {
    return this.repo.isFacilitator(userId, consultationId);
  }

  async list(query: Parsed<typeof consultationListQuerySchema>, viewer?: UserEntity) {
    const rows = await this.repo.page({
      status: query.status,
      phase: query.phase,
      q: query.q,
      allDrafts: ConsultationsPolicy.canEdit(viewer),
      viewerId: viewer?.id ?? null,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (c) => [c.createdAt.toISOString(), c.id]);
    await this.repo.attachRelations(page.items);
    return { items: page.items.map((c) => this.view(c, viewer)), nextCursor: page.nextCursor };
  }

  async get(idOrSlug: string, viewer?: UserEntity) {
    const { consultation } = await this.findForUser(idOrSlug, viewer);
    await this.repo.attachRelations([consultation]);
    return this.view(consultation, viewer);
  }

  async create(actor: UserEntity, input: Parsed<typeof createConsultationRequestSchema>) {
    if (!ConsultationsPolicy.canCreate(actor)) throw AppError.forbidden();
    const id = await this.db.transaction(async (manager) => {
      const repo = new ConsultationsRepository(manager);
      const title = pickTranslation(input.title, input.languages[0]);
      const saved = await repo.insert({
        slug: await uniqueSlug(manager, ConsultationEntity, title, 'consultation'),
        title: input.title,
        summary: input.summary,
        body: input.body ?? {},
        languages: [...new Set(input.languages)],
        quotas: input.quotas ?? {},
        planReference: input.planReference ?? null,
        status: 'draft',
        createdById: actor.id,
      });
      await repo.replacePhases(saved.id, input.phases);
      await repo.updateSearchVector(saved.id);
      return saved.id;
    });
    return this.get(id, actor);
  }

  async update(actor: UserEntity, id: string, input: UpdateConsultationRequest) {
    if (!ConsultationsPolicy.canEdit(actor)) throw AppError.forbidden();
    const { consultation } = await this.findForUser(id, actor);
    const { phases, ...fields } = input;
    const next = { ...consultation, ...fields } as ConsultationEntity;
    // Translations are checked against the languages the consultation will offer after the edit.
    for (const lang of next.languages) {
      for (const field of ['title', 'summary'] as const) {
        if (!next[field][lang]?.trim()) throw AppError.validation([{ path: `${field}.${lang}`, code: 'translation_missing' }]);
      }
    }
    await this.db.transaction(async (manager) => {
      const repo = new ConsultationsRepository(manager);
      if (Object.keys(fields).length) await repo.update(consultation.id, fields as Partial<ConsultationEntity>);
      if (phases) await repo.replacePhases(consultation.id, phases as Phase[]);
      await repo.updateSearchVector(consultation.id);
    });
    return this.get(consultation.id, actor);
  }

  async setStatus(actor: UserEntity, id: string, status: ConsultationStatus) {
    if (!ConsultationsPolicy.canEdit(actor)) throw AppError.forbidden();
    const { consultation } = await this.findForUser(id, actor);
    if (!ConsultationsPolicy.canTransition(consultation.status, status)) {
      throw new AppError('consultations.invalid_transition', { fields: [{ path: 'status', code: 'invalid_option' }] });
    }
    const stamp = {
      published: { publishedAt: consultation.publishedAt ?? new Date(), closedAt: null },
      closed: { closedAt: new Date() },
      archived: { archivedAt: new Date() },
      draft: {},
    }[status];
    // Conditional update: two officials racing on the same transition cannot both win.
    if (!(await this.repo.changeStatus({ id: consultation.id, from: consultation.status, to: status, stamp }))) throw AppError.conflict();
    return this.get(consultation.id, actor);
  }

  async setFacilitators(actor: UserEntity, id: string, userIds: string[]) {
    if (!ConsultationsPolicy.canEdit(actor)) throw AppError.forbidden();
    const { consultation } = await this.findForUser(id, actor);
    const unique = [...new Set(userIds)];
    if ((await this.repo.countUsers(unique)) !== unique.length) throw AppError.validation([{ path: 'userIds', code: 'invalid' }]);
    const before = await this.db.transaction((manager) =>
      new ConsultationsRepository(manager).replaceFacilitators(consultation.id, unique),
    );
    // Former facilitators lose the invited rooms they entered as such, on their open sockets.
    for (const userId of before.filter((u) => !unique.includes(u))) await this.revocation.rightsChanged(userId);
    return this.get(consultation.id, actor);
  }

  private view(c: ConsultationEntity, viewer?: UserEntity) {
    const facilitates = Boolean(viewer && c.facilitators?.some((f) => f.userId === viewer.id));
    return toConsultation(c, {
      edit: ConsultationsPolicy.canEdit(viewer),
      facilitate: ConsultationsPolicy.canSeeData(viewer, facilitates),
    });
  }
}
