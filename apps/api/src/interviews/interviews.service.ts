import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type {
  CreateInterviewRequest,
  InterviewGuideRequest,
  InterviewListQuery,
  InterviewProgress,
  InviteeInput,
  KeyPointRequest,
  UpdateInterviewRequest,
} from '@polyphony/contracts';
import { INTERVIEW_KINDS, INTERVIEW_STATUSES } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { ConsultationsService } from '../consultations/consultations.service';
import { ContributionsService } from '../contributions/contributions.service';
import { ContributionEntity } from '../contributions/contribution.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { InterviewEntity } from './interview.entity';
import { InterviewGuideQuestionEntity } from './interview-guide-question.entity';
import { InterviewsRepository } from './interviews.repository';
import { InterviewInviteeEntity } from './interview-invitee.entity';
import { InterviewKeyPointEntity } from './interview-key-point.entity';
import { inviteeIdentity, toInterview, toInterviewSummary, toKeyPoint } from './interview.mapper';
import { InterviewsPolicy } from './interviews.policy';

const KEY_POINT = 'interview_key_point' as const;

@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly contributions: ContributionsService,
  ) {}

  /** The consultation, if the user may manage its interviews (officials, its facilitators). */
  private async access(consultationIdOrSlug: string, user?: UserEntity) {
    const { consultation, isFacilitator } = await this.consultations.assertCanSeeData(consultationIdOrSlug, user);
    if (!InterviewsPolicy.canManage(user, isFacilitator)) throw AppError.forbidden();
    return consultation;
  }

  private async interviewFor(id: string, user?: UserEntity) {
    if (!user) throw AppError.unauthenticated();
    const interview = await this.db.getRepository(InterviewEntity).findOneBy({ id });
    if (!interview) throw AppError.notFound();
    await this.access(interview.consultationId, user);
    return interview;
  }

  // ---- Guide ---------------------------------------------------------------------------------

  async guide(consultationId: string, user?: UserEntity) {
    const consultation = await this.access(consultationId, user);
    return { questions: await this.questions(this.db.manager, consultation.id) };
  }

  private async questions(manager: EntityManager, consultationId: string) {
    const rows = await manager.getRepository(InterviewGuideQuestionEntity).find({ where: { consultationId }, order: { position: 'ASC' } });
    return rows.map((q) => ({ id: q.id, position: q.position, text: q.text }));
  }

  /** Replaces the guide: kept questions (by id) keep their notes; removed ones lose them. */
  async setGuide(consultationId: string, input: InterviewGuideRequest, user?: UserEntity) {
    const consultation = await this.access(consultationId, user);
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(InterviewGuideQuestionEntity);
      const existing = new Set((await repo.find({ where: { consultationId: consultation.id }, select: { id: true } })).map((q) => q.id));
      input.questions.forEach((q, index) => {
        if (q.id && !existing.has(q.id)) throw AppError.validation([{ path: `questions.${index}.id`, code: 'invalid' }]);
      });
      const kept = new Set(input.questions.map((q) => q.id).filter(Boolean) as string[]);
      const removed = [...existing].filter((id) => !kept.has(id));
      if (removed.length) await repo.delete({ id: In(removed) });
      for (const [position, q] of input.questions.entries()) {
        if (q.id) await repo.update({ id: q.id }, { position, text: q.text });
        else await repo.insert({ consultationId: consultation.id, position, text: q.text });
      }
      return { questions: await this.questions(manager, consultation.id) };
    });
  }

  // ---- Interviews ----------------------------------------------------------------------------

  async list(consultationId: string, query: InterviewListQuery & { limit: number }, user?: UserEntity) {
    const consultation = await this.access(consultationId, user);
    const qb = this.db.getRepository(InterviewEntity).createQueryBuilder('i').where('i.consultation_id = :id', { id: consultation.id });
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('i.kind = :kind', { kind: query.kind });
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(i.scheduled_at, i.id) < (:at, :after)', { at: after[0], after: after[1] });
    const rows = await qb
      .orderBy('i.scheduled_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(rows, query.limit, (i) => [i.scheduledAt.toISOString(), i.id]);
    const { names, counts } = await this.loadPage(page.items);
    return { items: page.items.map((i) => toInterviewSummary(i, names, counts.get(i.id) ?? 0)), nextCursor: page.nextCursor };
  }

  /** Invitees (with organisations), interviewer names and key point counts for a whole page: three queries. */
  private async loadPage(items: InterviewEntity[]) {
    const ids = items.map((i) => i.id);
    if (!ids.length) return { names: new Map<string, string>(), counts: new Map<string, number>() };
    const { invitees, names, counts } = await new InterviewsRepository(this.db.manager).pageExtras(ids, [
      ...new Set(items.flatMap((i) => i.interviewerIds)),
    ]);
    for (const i of items) i.invitees = invitees.filter((v) => v.interviewId === i.id);
    return { names, counts };
  }

  async get(id: string, user?: UserEntity) {
    await this.interviewFor(id, user);
    return this.view(this.db.manager, id);
  }

  private async view(manager: EntityManager, id: string) {
    const interview = await manager
      .getRepository(InterviewEntity)
      .findOneOrFail({ where: { id }, relations: { invitees: { organisation: true }, keyPoints: true } });
    const [users, languages] = await Promise.all([
      interview.interviewerIds.length
        ? manager.getRepository(UserEntity).find({ where: { id: In(interview.interviewerIds) }, select: { id: true, displayName: true } })
        : [],
      interview.keyPoints?.length
        ? manager.getRepository(ContributionEntity).find({
            where: { source: KEY_POINT, sourceRef: In(interview.keyPoints.map((k) => k.id)) },
            select: { sourceRef: true, language: true },
          })
        : [],
    ]);
    return toInterview(
      interview,
      new Map(users.map((u) => [u.id, u.displayName])),
      new Map(languages.map((c) => [c.sourceRef, c.language])),
    );
  }

  async create(consultationId: string, input: CreateInterviewRequest, user: UserEntity) {
    const consultation = await this.access(consultationId, user);
    const fields = await this.checked(consultation.id, input);
    const id = await this.db.transaction(async (manager) => {
      const saved = await manager.getRepository(InterviewEntity).save(
        manager.getRepository(InterviewEntity).create({
          consultationId: consultation.id,
          kind: input.kind,
          format: input.format,
          status: input.status ?? 'planned',
          title: input.title ?? '',
          location: input.location ?? null,
          scheduledAt: new Date(input.scheduledAt),
          durationMinutes: input.durationMinutes ?? null,
          consentAt: input.consentAt ?? null,
          notes: fields.notes ?? {},
          interviewerIds: fields.interviewerIds ?? [],
          createdById: user.id,
        }),
      );
      await this.saveInvitees(manager, saved.id, input.invitees ?? []);
      return saved.id;
    });
    return this.view(this.db.manager, id);
  }

  async update(id: string, input: UpdateInterviewRequest, user: UserEntity) {
    const interview = await this.interviewFor(id, user);
    const fields = await this.checked(interview.consultationId, input);
    await this.db.transaction(async (manager) => {
      // Lock the interview: two people editing it at once apply one after the other.
      await manager.getRepository(InterviewEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const keyPoints = await manager.getRepository(InterviewKeyPointEntity).countBy({ interviewId: id });
      if (input.status && input.status !== 'held' && keyPoints > 0) {
        throw AppError.conflict('interviews.has_key_points', [{ path: 'status', code: 'invalid' }]);
      }
      const { invitees, scheduledAt, ...rest } = input;
      const patch: Partial<InterviewEntity> = {
        ...rest,
        ...fields,
        ...(scheduledAt ? { scheduledAt: new Date(scheduledAt) } : {}),
      } as Partial<InterviewEntity>;
      if (Object.keys(patch).length) await manager.getRepository(InterviewEntity).update({ id }, patch);
      else await manager.getRepository(InterviewEntity).update({ id }, { updatedAt: new Date() });
      if (invitees) await this.saveInvitees(manager, id, invitees);
      await this.rerecordKeyPoints(manager, id);
    });
    return this.view(this.db.manager, id);
  }

  async remove(id: string, user: UserEntity) {
    await this.interviewFor(id, user);
    await this.db.transaction(async (manager) => {
      const keyPoints = await manager.getRepository(InterviewKeyPointEntity).find({ where: { interviewId: id }, select: { id: true } });
      for (const k of keyPoints) await this.contributions.remove(manager, KEY_POINT, k.id);
      await manager.getRepository(InterviewEntity).delete({ id });
    });
  }

  /** Interviewers must be people on the platform, organisations must exist, notes must answer guide questions. */
  private async checked(consultationId: string, input: UpdateInterviewRequest) {
    const out: { interviewerIds?: string[]; notes?: Record<string, string> } = {};
    if (input.interviewerIds) {
      const unique = [...new Set(input.interviewerIds)];
      const found = unique.length ? await this.db.getRepository(UserEntity).countBy({ id: In(unique) }) : 0;
      if (found !== unique.length) throw AppError.validation([{ path: 'interviewerIds', code: 'invalid' }]);
      out.interviewerIds = unique;
    }
    const orgIds = [...new Set((input.invitees ?? []).map((i) => i.organisationId).filter(Boolean) as string[])];
    if (orgIds.length && (await this.db.getRepository(OrganisationEntity).countBy({ id: In(orgIds) })) !== orgIds.length) {
      throw AppError.validation([{ path: 'invitees', code: 'invalid' }]);
    }
    if (input.notes) {
      const keys = Object.keys(input.notes);
      const known = keys.length ? await this.db.getRepository(InterviewGuideQuestionEntity).countBy({ consultationId, id: In(keys) }) : 0;
      if (known !== keys.length) throw AppError.validation([{ path: 'notes', code: 'invalid' }]);
      out.notes = Object.fromEntries(Object.entries(input.notes).filter(([, text]) => text.trim()));
    }
    return out;
  }

  /** Replaces the invitee list; existing invitees (by id) are updated, so their key points stay attributed. */
  private async saveInvitees(manager: EntityManager, interviewId: string, invitees: InviteeInput[]) {
    const repo = manager.getRepository(InterviewInviteeEntity);
    const existing = new Set((await repo.find({ where: { interviewId }, select: { id: true } })).map((i) => i.id));
    invitees.forEach((i, index) => {
      if (i.id && !existing.has(i.id)) throw AppError.validation([{ path: `invitees.${index}.id`, code: 'invalid' }]);
    });
    const kept = new Set(invitees.map((i) => i.id).filter(Boolean) as string[]);
    const removed = [...existing].filter((id) => !kept.has(id));
    if (removed.length) {
      if (await manager.getRepository(InterviewKeyPointEntity).existsBy({ inviteeId: In(removed) })) {
        throw AppError.conflict('interviews.has_key_points', [{ path: 'invitees', code: 'invalid' }]);
      }
      await repo.delete({ id: In(removed) });
    }
    for (const [position, i] of invitees.entries()) {
      const row = {
        kind: i.kind,
        organisationId: i.kind === 'organisation' ? (i.organisationId ?? null) : null,
        name: i.kind === 'organisation' && i.organisationId ? null : (i.name ?? null),
        category: i.kind === 'organisation' && i.organisationId ? null : (i.category ?? null),
        country: i.kind === 'organisation' && i.organisationId ? null : (i.country ?? null),
        role: i.role ?? null,
        attended: i.attended ?? false,
        position,
      };
      if (i.id) await repo.update({ id: i.id }, row);
      else await repo.insert({ interviewId, ...row });
    }
  }

  // ---- Key points ----------------------------------------------------------------------------

  async addKeyPoint(id: string, input: KeyPointRequest, user: UserEntity) {
    await this.interviewFor(id, user);
    const keyPointId = await this.db.transaction(async (manager) => {
      const interview = await this.lockHeld(manager, id);
      await this.inviteeOf(manager, id, input.inviteeId);
      const position = await manager.getRepository(InterviewKeyPointEntity).countBy({ interviewId: id });
      const saved = await manager
        .getRepository(InterviewKeyPointEntity)
        .save({ interviewId: id, inviteeId: input.inviteeId, text: input.text, position });
      await this.recordKeyPoint(manager, interview, saved);
      return saved.id;
    });
    return this.keyPointView(keyPointId);
  }

  async updateKeyPoint(id: string, keyPointId: string, input: KeyPointRequest, user: UserEntity) {
    await this.interviewFor(id, user);
    await this.db.transaction(async (manager) => {
      const interview = await this.lockHeld(manager, id);
      const keyPoint = await manager.getRepository(InterviewKeyPointEntity).findOneBy({ id: keyPointId, interviewId: id });
      if (!keyPoint) throw AppError.notFound();
      await this.inviteeOf(manager, id, input.inviteeId);
      await manager.getRepository(InterviewKeyPointEntity).update({ id: keyPointId }, { inviteeId: input.inviteeId, text: input.text });
      await this.recordKeyPoint(manager, interview, { ...keyPoint, inviteeId: input.inviteeId, text: input.text });
    });
    return this.keyPointView(keyPointId);
  }

  async removeKeyPoint(id: string, keyPointId: string, user: UserEntity) {
    await this.interviewFor(id, user);
    await this.db.transaction(async (manager) => {
      const result = await manager.getRepository(InterviewKeyPointEntity).delete({ id: keyPointId, interviewId: id });
      if (!result.affected) throw AppError.notFound();
      await this.contributions.remove(manager, KEY_POINT, keyPointId);
    });
  }

  private async keyPointView(keyPointId: string) {
    const keyPoint = await this.db.getRepository(InterviewKeyPointEntity).findOneByOrFail({ id: keyPointId });
    const contribution = await this.db.getRepository(ContributionEntity).findOneBy({ source: KEY_POINT, sourceRef: keyPointId });
    return toKeyPoint(keyPoint, contribution?.language ?? 'und');
  }

  private async lockHeld(manager: EntityManager, id: string) {
    const interview = await manager.getRepository(InterviewEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!interview) throw AppError.notFound();
    if (!InterviewsPolicy.canHaveKeyPoints(interview.status))
      throw AppError.conflict('interviews.not_held', [{ path: 'status', code: 'invalid' }]);
    return interview;
  }

  /** Key points are attributed to an institution invited to this interview. */
  private async inviteeOf(manager: EntityManager, interviewId: string, inviteeId: string) {
    const invitee = await manager.getRepository(InterviewInviteeEntity).findOneBy({ id: inviteeId, interviewId });
    if (!invitee || invitee.kind !== 'organisation') throw AppError.validation([{ path: 'inviteeId', code: 'invalid' }]);
    return invitee;
  }

  /** The key point as a contribution: the institution's category and country, at the interview's date. */
  private async recordKeyPoint(
    manager: EntityManager,
    interview: InterviewEntity,
    keyPoint: Pick<InterviewKeyPointEntity, 'id' | 'inviteeId' | 'text'>,
    invitee?: InterviewInviteeEntity,
  ) {
    invitee ??= await manager
      .getRepository(InterviewInviteeEntity)
      .findOneOrFail({ where: { id: keyPoint.inviteeId }, relations: { organisation: true } });
    const identity = inviteeIdentity(invitee);
    const said = interview.scheduledAt.getTime() < Date.now() ? interview.scheduledAt : new Date();
    await this.contributions.record(manager, {
      source: KEY_POINT,
      sourceRef: keyPoint.id,
      consultationId: interview.consultationId,
      text: keyPoint.text,
      category: identity.category ?? 'public_institution',
      country: identity.country,
      authorOrganisationId: invitee.organisationId,
      authorLabel: invitee.organisationId ? null : identity.name,
      keyPoint: true,
      createdAt: said,
    });
  }

  /** After an edit (an invitee's category, the date...), every key point's contribution follows. */
  private async rerecordKeyPoints(manager: EntityManager, id: string) {
    const keyPoints = await manager.getRepository(InterviewKeyPointEntity).find({ where: { interviewId: id } });
    if (!keyPoints.length) return;
    const interview = await manager.getRepository(InterviewEntity).findOneByOrFail({ id });
    const invitees = await manager
      .getRepository(InterviewInviteeEntity)
      .find({ where: { interviewId: id }, relations: { organisation: true } });
    for (const k of keyPoints)
      await this.recordKeyPoint(
        manager,
        interview,
        k,
        invitees.find((i) => i.id === k.inviteeId),
      );
  }

  // ---- Progress ------------------------------------------------------------------------------

  async progress(consultationId: string, user?: UserEntity): Promise<InterviewProgress> {
    const consultation = await this.access(consultationId, user);
    const { counts, reached, invited, keyPoints } = await new InterviewsRepository(this.db.manager).progress(consultation.id);
    const byStatus = Object.fromEntries(INTERVIEW_STATUSES.map((s) => [s, 0])) as InterviewProgress['byStatus'];
    const byKind = Object.fromEntries(INTERVIEW_KINDS.map((k) => [k, 0])) as InterviewProgress['byKind'];
    for (const r of counts as { status: keyof typeof byStatus; kind: keyof typeof byKind; n: number }[]) {
      byStatus[r.status] += r.n;
      byKind[r.kind] += r.n;
    }
    const perCategory = reached;
    return {
      byStatus,
      byKind,
      total: Object.values(byStatus).reduce((a, b) => a + b, 0),
      institutionsReached: perCategory.find((r) => r.category === null)?.n ?? 0,
      institutionsInvited: invited,
      reachedByCategory: perCategory
        .filter((r) => r.category !== null)
        .map((r) => ({ category: r.category as InterviewProgress['reachedByCategory'][number]['category'], institutions: r.n }))
        .sort((a, b) => b.institutions - a.institutions),
      keyPoints,
    };
  }
}
