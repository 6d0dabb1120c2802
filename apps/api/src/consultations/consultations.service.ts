import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
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
import { UserEntity } from '../users/user.entity';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationFacilitatorEntity } from './consultation-facilitator.entity';
import { ConsultationPhaseEntity } from './consultation-phase.entity';
import { toConsultation } from './consultation.mapper';
import { SEARCH_QUERY_SQL } from './consultation-search';
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
    return this.db.getRepository(ConsultationEntity);
  }

  /** For other features: the consultation or a 404, with whether the user facilitates it. */
  async findForUser(idOrSlug: string, user?: UserEntity): Promise<{ consultation: ConsultationEntity; isFacilitator: boolean }> {
    const consultation = await this.repo.findOneBy(isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug.toLowerCase() });
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
    return this.db.getRepository(ConsultationFacilitatorEntity).existsBy({ userId, consultationId });
  }

  async list(query: Parsed<typeof consultationListQuerySchema>, viewer?: UserEntity) {
    const qb = this.repo.createQueryBuilder('c');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (!ConsultationsPolicy.canEdit(viewer)) {
      qb.andWhere(
        `(c.status <> 'draft' OR EXISTS (SELECT 1 FROM consultation_facilitators f WHERE f.consultation_id = c.id AND f.user_id = :viewer))`,
        { viewer: viewer?.id ?? null },
      );
    }
    if (query.phase) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM consultation_phases p WHERE p.consultation_id = c.id AND p.kind = :phase AND current_date BETWEEN p.starts_on AND p.ends_on)`,
        { phase: query.phase },
      );
    }
    if (query.q) qb.andWhere(`c.search_vector @@ ${SEARCH_QUERY_SQL}`, { q: query.q });
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(c.created_at, c.id) < (:at, :id)', { at: after[0], id: after[1] });
    const rows = await qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(rows, query.limit, (c) => [c.createdAt.toISOString(), c.id]);
    await this.loadRelations(page.items);
    return { items: page.items.map((c) => this.view(c, viewer)), nextCursor: page.nextCursor };
  }

  async get(idOrSlug: string, viewer?: UserEntity) {
    const { consultation } = await this.findForUser(idOrSlug, viewer);
    await this.loadRelations([consultation]);
    return this.view(consultation, viewer);
  }

  async create(actor: UserEntity, input: Parsed<typeof createConsultationRequestSchema>) {
    if (!ConsultationsPolicy.canCreate(actor)) throw AppError.forbidden();
    const id = await this.db.transaction(async (manager) => {
      const title = pickTranslation(input.title, input.languages[0]);
      const saved = await manager.getRepository(ConsultationEntity).save(
        manager.getRepository(ConsultationEntity).create({
          slug: await uniqueSlug(manager, ConsultationEntity, title, 'consultation'),
          title: input.title,
          summary: input.summary,
          body: input.body ?? {},
          languages: [...new Set(input.languages)],
          quotas: input.quotas ?? {},
          planReference: input.planReference ?? null,
          status: 'draft',
          createdById: actor.id,
        }),
      );
      await this.replacePhases(manager, saved.id, input.phases);
      await new ConsultationsRepository(manager).updateSearchVector(saved.id);
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
      if (Object.keys(fields).length)
        await manager.getRepository(ConsultationEntity).update({ id: consultation.id }, fields as Partial<ConsultationEntity>);
      if (phases) await this.replacePhases(manager, consultation.id, phases as Phase[]);
      await new ConsultationsRepository(manager).updateSearchVector(consultation.id);
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
    const result = await this.repo.update({ id: consultation.id, status: consultation.status }, { status, ...stamp });
    if (!result.affected) throw AppError.conflict();
    return this.get(consultation.id, actor);
  }

  async setFacilitators(actor: UserEntity, id: string, userIds: string[]) {
    if (!ConsultationsPolicy.canEdit(actor)) throw AppError.forbidden();
    const { consultation } = await this.findForUser(id, actor);
    const unique = [...new Set(userIds)];
    const found = unique.length ? await this.db.getRepository(UserEntity).countBy({ id: In(unique) }) : 0;
    if (found !== unique.length) throw AppError.validation([{ path: 'userIds', code: 'invalid' }]);
    const before = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(ConsultationFacilitatorEntity);
      const previous = await repo.findBy({ consultationId: consultation.id });
      await repo.delete({ consultationId: consultation.id });
      if (unique.length) await repo.insert(unique.map((userId) => ({ consultationId: consultation.id, userId })));
      return previous.map((f) => f.userId);
    });
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

  /** Phases and facilitators for a whole page in two queries. */
  private async loadRelations(items: ConsultationEntity[]) {
    if (!items.length) return;
    const ids = items.map((c) => c.id);
    const [phases, facilitators] = await Promise.all([
      this.db.getRepository(ConsultationPhaseEntity).findBy({ consultationId: In(ids) }),
      this.db.getRepository(ConsultationFacilitatorEntity).find({ where: { consultationId: In(ids) }, relations: { user: true } }),
    ]);
    for (const c of items) {
      c.phases = phases.filter((p) => p.consultationId === c.id);
      c.facilitators = facilitators.filter((f) => f.consultationId === c.id);
    }
  }

  private async replacePhases(manager: EntityManager, consultationId: string, phases: Phase[]) {
    const repo = manager.getRepository(ConsultationPhaseEntity);
    await repo.delete({ consultationId });
    if (phases.length) await repo.insert(phases.map((p) => ({ consultationId, kind: p.kind, startsOn: p.startsOn, endsOn: p.endsOn })));
  }
}
