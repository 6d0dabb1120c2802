import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
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
import type { UserEntity } from '../users/user.entity';
import type { InterviewEntity } from './interview.entity';
import type { InterviewInviteeEntity } from './interview-invitee.entity';
import type { InterviewKeyPointEntity } from './interview-key-point.entity';
import { InterviewGuideRepository } from './interview-guide.repository';
import { InterviewKeyPointsRepository, KEY_POINT } from './interview-key-points.repository';
import { InterviewsRepository, type InterviewPatch } from './interviews.repository';
import { inviteeIdentity, toInterview, toInterviewSummary, toKeyPoint } from './interview.mapper';
import { InterviewsPolicy } from './interviews.policy';

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
    const interview = await new InterviewsRepository(this.db.manager).findById(id);
    if (!interview) throw AppError.notFound();
    await this.access(interview.consultationId, user);
    return interview;
  }

  // ---- Guide ---------------------------------------------------------------------------------

  async guide(consultationId: string, user?: UserEntity) {
    const consultation = await this.access(consultationId, user);
    return { questions: await new InterviewGuideRepository(this.db.manager).questions(consultation.id) };
  }

  /** Replaces the guide: kept questions (by id) keep their notes; removed ones lose them. */
  async setGuide(consultationId: string, input: InterviewGuideRequest, user?: UserEntity) {
    const consultation = await this.access(consultationId, user);
    return this.db.transaction(async (manager) => {
      const repo = new InterviewGuideRepository(manager);
      const existing = new Set(await repo.questionIds(consultation.id));
      input.questions.forEach((q, index) => {
        if (q.id && !existing.has(q.id)) throw AppError.validation([{ path: `questions.${index}.id`, code: 'invalid' }]);
      });
      const kept = new Set(input.questions.map((q) => q.id).filter(Boolean) as string[]);
      const removed = [...existing].filter((id) => !kept.has(id));
      if (removed.length) await repo.removeQuestions(removed);
      for (const [position, q] of input.questions.entries()) {
        if (q.id) await repo.updateQuestion(q.id, { position, text: q.text });
        else await repo.insertQuestion({ consultationId: consultation.id, position, text: q.text });
      }
      return { questions: await repo.questions(consultation.id) };
    });
  }

  // ---- Interviews ----------------------------------------------------------------------------

  async list(consultationId: string, query: InterviewListQuery & { limit: number }, user?: UserEntity) {
    const consultation = await this.access(consultationId, user);
    const rows = await new InterviewsRepository(this.db.manager).page({
      consultationId: consultation.id,
      status: query.status,
      kind: query.kind,
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
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
    const interviews = new InterviewsRepository(manager);
    const interview = await interviews.withDetails(id);
    const [names, languages] = await Promise.all([
      interviews.interviewerNames(interview.interviewerIds),
      new InterviewKeyPointsRepository(manager).languages((interview.keyPoints ?? []).map((k) => k.id)),
    ]);
    return toInterview(interview, names, languages);
  }

  async create(consultationId: string, input: CreateInterviewRequest, user: UserEntity) {
    const consultation = await this.access(consultationId, user);
    const fields = await this.checked(consultation.id, input);
    const id = await this.db.transaction(async (manager) => {
      const saved = await new InterviewsRepository(manager).insertInterview({
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
      });
      await this.saveInvitees(manager, saved.id, input.invitees ?? []);
      return saved.id;
    });
    return this.view(this.db.manager, id);
  }

  async update(id: string, input: UpdateInterviewRequest, user: UserEntity) {
    const interview = await this.interviewFor(id, user);
    const fields = await this.checked(interview.consultationId, input);
    await this.db.transaction(async (manager) => {
      const interviews = new InterviewsRepository(manager);
      // Lock the interview: two people editing it at once apply one after the other.
      await interviews.lockInterview(id);
      const keyPoints = await new InterviewKeyPointsRepository(manager).keyPointCount(id);
      if (input.status && input.status !== 'held' && keyPoints > 0) {
        throw AppError.conflict('interviews.has_key_points', [{ path: 'status', code: 'invalid' }]);
      }
      const { invitees, scheduledAt, ...rest } = input;
      const patch: InterviewPatch = {
        ...rest,
        ...fields,
        ...(scheduledAt ? { scheduledAt: new Date(scheduledAt) } : {}),
      } as InterviewPatch;
      if (Object.keys(patch).length) await interviews.updateInterview(id, patch);
      else await interviews.touch(id);
      if (invitees) await this.saveInvitees(manager, id, invitees);
      await this.rerecordKeyPoints(manager, id);
    });
    return this.view(this.db.manager, id);
  }

  async remove(id: string, user: UserEntity) {
    await this.interviewFor(id, user);
    await this.db.transaction(async (manager) => {
      const keyPointIds = await new InterviewKeyPointsRepository(manager).idsOf(id);
      for (const keyPointId of keyPointIds) await this.contributions.remove(manager, KEY_POINT, keyPointId);
      await new InterviewsRepository(manager).removeInterview(id);
    });
  }

  /** Interviewers must be people on the platform, organisations must exist, notes must answer guide questions. */
  private async checked(consultationId: string, input: UpdateInterviewRequest) {
    const interviews = new InterviewsRepository(this.db.manager);
    const out: { interviewerIds?: string[]; notes?: Record<string, string> } = {};
    if (input.interviewerIds) {
      const unique = [...new Set(input.interviewerIds)];
      const found = unique.length ? await interviews.userCount(unique) : 0;
      if (found !== unique.length) throw AppError.validation([{ path: 'interviewerIds', code: 'invalid' }]);
      out.interviewerIds = unique;
    }
    const orgIds = [...new Set((input.invitees ?? []).map((i) => i.organisationId).filter(Boolean) as string[])];
    if (orgIds.length && (await interviews.organisationCount(orgIds)) !== orgIds.length) {
      throw AppError.validation([{ path: 'invitees', code: 'invalid' }]);
    }
    if (input.notes) {
      const keys = Object.keys(input.notes);
      const known = keys.length ? await new InterviewGuideRepository(this.db.manager).countQuestions(consultationId, keys) : 0;
      if (known !== keys.length) throw AppError.validation([{ path: 'notes', code: 'invalid' }]);
      out.notes = Object.fromEntries(Object.entries(input.notes).filter(([, text]) => text.trim()));
    }
    return out;
  }

  /** Replaces the invitee list; existing invitees (by id) are updated, so their key points stay attributed. */
  private async saveInvitees(manager: EntityManager, interviewId: string, invitees: InviteeInput[]) {
    const repo = new InterviewsRepository(manager);
    const existing = new Set(await repo.inviteeIds(interviewId));
    invitees.forEach((i, index) => {
      if (i.id && !existing.has(i.id)) throw AppError.validation([{ path: `invitees.${index}.id`, code: 'invalid' }]);
    });
    const kept = new Set(invitees.map((i) => i.id).filter(Boolean) as string[]);
    const removed = [...existing].filter((id) => !kept.has(id));
    if (removed.length) {
      if (await new InterviewKeyPointsRepository(manager).attributedToAny(removed)) {
        throw AppError.conflict('interviews.has_key_points', [{ path: 'invitees', code: 'invalid' }]);
      }
      await repo.removeInvitees(removed);
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
      if (i.id) await repo.updateInvitee(i.id, row);
      else await repo.insertInvitee(interviewId, row);
    }
  }

  // ---- Key points ----------------------------------------------------------------------------

  async addKeyPoint(id: string, input: KeyPointRequest, user: UserEntity) {
    await this.interviewFor(id, user);
    const keyPointId = await this.db.transaction(async (manager) => {
      const interview = await this.lockHeld(manager, id);
      await this.inviteeOf(manager, id, input.inviteeId);
      const keyPoints = new InterviewKeyPointsRepository(manager);
      const position = await keyPoints.keyPointCount(id);
      const saved = await keyPoints.insertKeyPoint({ interviewId: id, inviteeId: input.inviteeId, text: input.text, position });
      await this.recordKeyPoint(manager, interview, saved);
      return saved.id;
    });
    return this.keyPointView(keyPointId);
  }

  async updateKeyPoint(id: string, keyPointId: string, input: KeyPointRequest, user: UserEntity) {
    await this.interviewFor(id, user);
    await this.db.transaction(async (manager) => {
      const interview = await this.lockHeld(manager, id);
      const keyPoints = new InterviewKeyPointsRepository(manager);
      const keyPoint = await keyPoints.findInInterview(id, keyPointId);
      if (!keyPoint) throw AppError.notFound();
      await this.inviteeOf(manager, id, input.inviteeId);
      await keyPoints.updateKeyPoint(keyPointId, { inviteeId: input.inviteeId, text: input.text });
      await this.recordKeyPoint(manager, interview, { ...keyPoint, inviteeId: input.inviteeId, text: input.text });
    });
    return this.keyPointView(keyPointId);
  }

  async removeKeyPoint(id: string, keyPointId: string, user: UserEntity) {
    await this.interviewFor(id, user);
    await this.db.transaction(async (manager) => {
      if (!(await new InterviewKeyPointsRepository(manager).removeKeyPoint(id, keyPointId))) throw AppError.notFound();
      await this.contributions.remove(manager, KEY_POINT, keyPointId);
    });
  }

  private async keyPointView(keyPointId: string) {
    const keyPoints = new InterviewKeyPointsRepository(this.db.manager);
    const keyPoint = await keyPoints.findById(keyPointId);
    return toKeyPoint(keyPoint, (await keyPoints.language(keyPointId)) ?? 'und');
  }

  private async lockHeld(manager: EntityManager, id: string) {
    const interview = await new InterviewsRepository(manager).lockInterview(id);
    if (!interview) throw AppError.notFound();
    if (!InterviewsPolicy.canHaveKeyPoints(interview.status))
      throw AppError.conflict('interviews.not_held', [{ path: 'status', code: 'invalid' }]);
    return interview;
  }

  /** Key points are attributed to an institution invited to this interview. */
  private async inviteeOf(manager: EntityManager, interviewId: string, inviteeId: string) {
    const invitee = await new InterviewsRepository(manager).findInvitee(interviewId, inviteeId);
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
    invitee ??= await new InterviewsRepository(manager).inviteeWithOrganisation(keyPoint.inviteeId);
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
    const keyPoints = await new InterviewKeyPointsRepository(manager).ofInterview(id);
    if (!keyPoints.length) return;
    const interviews = new InterviewsRepository(manager);
    const interview = await interviews.findByIdOrFail(id);
    const invitees = await interviews.inviteesWithOrganisations(id);
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
    for (const r of counts) {
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
