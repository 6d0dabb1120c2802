import { In, type EntityManager } from 'typeorm';
import type { ConsultationStatus, Phase, PhaseKind } from '@polyphony/contracts';
import { keysetPage } from '../core/database/keyset-page';
import { UserEntity } from '../users/user.entity';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationFacilitatorEntity } from './consultation-facilitator.entity';
import { ConsultationPhaseEntity } from './consultation-phase.entity';
import { SEARCH_QUERY_SQL, UPDATE_SEARCH_VECTOR_SQL } from './consultation-search';

/** A page of consultations, newest first (keyset on created_at, id). */
export interface ConsultationPageQuery {
  status?: ConsultationStatus;
  /** Only consultations in this phase today. */
  phase?: PhaseKind;
  q?: string;
  /** Drafts for everyone (editors), or only those `viewerId` facilitates. */
  allDrafts: boolean;
  viewerId: string | null;
  /** The (created_at, id) of the last row already shown. */
  after: (string | number)[] | undefined;
  limit: number;
}

/** A new consultation's columns (its phases and search vector are written apart). */
export type NewConsultation = Pick<
  ConsultationEntity,
  'slug' | 'title' | 'summary' | 'body' | 'languages' | 'quotas' | 'planReference' | 'status' | 'createdById'
>;

/** A status change, written only while the consultation still has the status it was read with. */
export interface StatusChange {
  id: string;
  from: ConsultationStatus;
  to: ConsultationStatus;
  /** The dates the new status stamps (publishedAt, closedAt, archivedAt). */
  stamp: Partial<Pick<ConsultationEntity, 'publishedAt' | 'closedAt' | 'archivedAt'>>;
}

/** All of the consultations' SQL; built on the caller's manager (`new ConsultationsRepository(manager)`). */
export class ConsultationsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get consultations() {
    return this.manager.getRepository(ConsultationEntity);
  }

  private get facilitators() {
    return this.manager.getRepository(ConsultationFacilitatorEntity);
  }

  private get phases() {
    return this.manager.getRepository(ConsultationPhaseEntity);
  }

  async findById(id: string): Promise<ConsultationEntity | null> {
    return this.consultations.findOneBy({ id });
  }

  async findBySlug(slug: string): Promise<ConsultationEntity | null> {
    return this.consultations.findOneBy({ slug });
  }

  async isFacilitator(userId: string, consultationId: string): Promise<boolean> {
    return this.facilitators.existsBy({ userId, consultationId });
  }

  /** One more row than the limit, to know whether a next page exists. */
  page(filter: ConsultationPageQuery): Promise<ConsultationEntity[]> {
    const qb = this.consultations.createQueryBuilder('c');
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (!filter.allDrafts) {
      qb.andWhere(
        `(c.status <> 'draft' OR EXISTS (SELECT 1 FROM consultation_facilitators f WHERE f.consultation_id = c.id AND f.user_id = :viewer))`,
        { viewer: filter.viewerId },
      );
    }
    if (filter.phase) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM consultation_phases p WHERE p.consultation_id = c.id AND p.kind = :phase AND current_date BETWEEN p.starts_on AND p.ends_on)`,
        { phase: filter.phase },
      );
    }
    if (filter.q) qb.andWhere(`c.search_vector @@ ${SEARCH_QUERY_SQL}`, { q: filter.q });
    return keysetPage(qb, { alias: 'c', column: 'created_at', after: filter.after, limit: filter.limit, direction: 'DESC' }).getMany();
  }

  /** Sets the phases and facilitators (with their users) of a whole page, in two queries. */
  async attachRelations(items: ConsultationEntity[]): Promise<void> {
    if (!items.length) return;
    const ids = items.map((c) => c.id);
    const [phases, facilitators] = await Promise.all([
      this.phases.findBy({ consultationId: In(ids) }),
      this.facilitators.find({ where: { consultationId: In(ids) }, relations: { user: true } }),
    ]);
    for (const c of items) {
      c.phases = phases.filter((p) => p.consultationId === c.id);
      c.facilitators = facilitators.filter((f) => f.consultationId === c.id);
    }
  }

  async insert(consultation: NewConsultation): Promise<ConsultationEntity> {
    return this.consultations.save(this.consultations.create(consultation));
  }

  async update(id: string, fields: Partial<ConsultationEntity>): Promise<void> {
    await this.consultations.update({ id }, fields);
  }

  /** The conditional update of a status change: false when someone changed the status first. */
  async changeStatus(change: StatusChange): Promise<boolean> {
    const result = await this.consultations.update({ id: change.id, status: change.from }, { status: change.to, ...change.stamp });
    return Boolean(result.affected);
  }

  /** The phases, replaced by `phases`. */
  async replacePhases(consultationId: string, phases: Phase[]): Promise<void> {
    await this.phases.delete({ consultationId });
    if (phases.length)
      await this.phases.insert(phases.map((p) => ({ consultationId, kind: p.kind, startsOn: p.startsOn, endsOn: p.endsOn })));
  }

  /** The facilitators, replaced by `userIds`; answers the ids of those before. */
  async replaceFacilitators(consultationId: string, userIds: string[]): Promise<string[]> {
    const previous = await this.facilitators.findBy({ consultationId });
    await this.facilitators.delete({ consultationId });
    if (userIds.length) await this.facilitators.insert(userIds.map((userId) => ({ consultationId, userId })));
    return previous.map((f) => f.userId);
  }

  /** How many of these (distinct) ids are people on the platform. */
  async countUsers(userIds: string[]): Promise<number> {
    if (!userIds.length) return 0;
    return this.manager.getRepository(UserEntity).countBy({ id: In(userIds) });
  }

  /** Recomputes a consultation's search vector after its texts changed. */
  async updateSearchVector(id: string): Promise<void> {
    await this.manager.query(UPDATE_SEARCH_VECTOR_SQL, [id]);
  }
}
