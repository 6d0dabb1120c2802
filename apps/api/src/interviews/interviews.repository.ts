import { In, type EntityManager } from 'typeorm';
import type { InterviewKind, InterviewStatus, StakeholderCategory } from '@polyphony/contracts';
import { keysetPage } from '../core/database/keyset-page';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { InterviewEntity } from './interview.entity';
import { InterviewInviteeEntity } from './interview-invitee.entity';

/** One page of a consultation's interviews, latest first: filters and the keyset after (scheduled at, id). */
export interface InterviewPageQuery {
  consultationId: string;
  status?: InterviewStatus;
  kind?: InterviewKind;
  /** The last row's (scheduled at, id), as the cursor holds them. */
  after: (string | number)[] | undefined;
  limit: number;
}

/** A new interview. */
export type NewInterview = Pick<
  InterviewEntity,
  | 'consultationId'
  | 'kind'
  | 'format'
  | 'status'
  | 'title'
  | 'location'
  | 'scheduledAt'
  | 'durationMinutes'
  | 'consentAt'
  | 'notes'
  | 'interviewerIds'
  | 'createdById'
>;

/** The fields of an interview an edit may change. */
export type InterviewPatch = Partial<Omit<NewInterview, 'consultationId' | 'createdById'>>;

/** An invitee's values as the invitee list sets them (its interview apart). */
export type InviteeValues = Pick<
  InterviewInviteeEntity,
  'kind' | 'organisationId' | 'name' | 'category' | 'country' | 'role' | 'attended' | 'position'
>;

/** A page's related rows: invitees (with organisations), interviewer names and key point counts by interview. */
export interface PageExtras {
  invitees: InterviewInviteeEntity[];
  names: Map<string, string>;
  counts: Map<string, number>;
}

/** A consultation's interview figures: counts by status and kind, institutions reached (category null: all), invited, key points. */
export interface ProgressFigures {
  counts: { status: InterviewStatus; kind: InterviewKind; n: number }[];
  reached: { category: StakeholderCategory | null; n: number }[];
  invited: number;
  keyPoints: number;
}

/** The interviews' SQL: interviews, their invitees, a page's related rows and a consultation's progress figures. */
export class InterviewsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get interviews() {
    return this.manager.getRepository(InterviewEntity);
  }
  private get invitees() {
    return this.manager.getRepository(InterviewInviteeEntity);
  }

  // ---- Interviews ----------------------------------------------------------------------------

  async findById(id: string): Promise<InterviewEntity | null> {
    return this.interviews.findOneBy({ id });
  }

  async findByIdOrFail(id: string): Promise<InterviewEntity> {
    return this.interviews.findOneByOrFail({ id });
  }

  /** The interview, locked until the end of the transaction (edits and key points apply one after the other). */
  async lockInterview(id: string): Promise<InterviewEntity | null> {
    return this.interviews.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The interview with its invitees (and their organisations) and key points. */
  async withDetails(id: string): Promise<InterviewEntity> {
    return this.interviews.findOneOrFail({ where: { id }, relations: { invitees: { organisation: true }, keyPoints: true } });
  }

  /** A keyset page of a consultation's interviews, latest first: one more row than the limit, to know whether a next page exists. */
  page(query: InterviewPageQuery): Promise<InterviewEntity[]> {
    const qb = this.interviews.createQueryBuilder('i').where('i.consultation_id = :id', { id: query.consultationId });
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('i.kind = :kind', { kind: query.kind });
    return keysetPage(qb, { alias: 'i', column: 'scheduled_at', after: query.after, limit: query.limit, direction: 'DESC' }).getMany();
  }

  async insertInterview(values: NewInterview): Promise<InterviewEntity> {
    return this.interviews.save(this.interviews.create(values));
  }

  async updateInterview(id: string, patch: InterviewPatch): Promise<void> {
    await this.interviews.update({ id }, patch);
  }

  /** Marks the interview as changed (its invitees, say) when none of its own fields is. */
  async touch(id: string): Promise<void> {
    await this.interviews.update({ id }, { updatedAt: new Date() });
  }

  /** Removes the interview (its invitees and key points go with it). */
  async removeInterview(id: string): Promise<void> {
    await this.interviews.delete({ id });
  }

  // ---- Invitees ------------------------------------------------------------------------------

  async inviteeIds(interviewId: string): Promise<string[]> {
    return (await this.invitees.find({ where: { interviewId }, select: { id: true } })).map((i) => i.id);
  }

  async findInvitee(interviewId: string, id: string): Promise<InterviewInviteeEntity | null> {
    return this.invitees.findOneBy({ id, interviewId });
  }

  async inviteeWithOrganisation(id: string): Promise<InterviewInviteeEntity> {
    return this.invitees.findOneOrFail({ where: { id }, relations: { organisation: true } });
  }

  async inviteesWithOrganisations(interviewId: string): Promise<InterviewInviteeEntity[]> {
    return this.invitees.find({ where: { interviewId }, relations: { organisation: true } });
  }

  async insertInvitee(interviewId: string, values: InviteeValues): Promise<void> {
    await this.invitees.insert({ interviewId, ...values });
  }

  async updateInvitee(id: string, values: InviteeValues): Promise<void> {
    await this.invitees.update({ id }, values);
  }

  async removeInvitees(ids: string[]): Promise<void> {
    await this.invitees.delete({ id: In(ids) });
  }

  // ---- Other features' rows an interview refers to -------------------------------------------

  /** Display names of the interviewers `ids`, by id. */
  async interviewerNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const users = await this.manager.getRepository(UserEntity).find({ where: { id: In(ids) }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  /** How many of `ids` are people on the platform. */
  async userCount(ids: string[]): Promise<number> {
    return this.manager.getRepository(UserEntity).countBy({ id: In(ids) });
  }

  /** How many of `ids` are organisations on the platform. */
  async organisationCount(ids: string[]): Promise<number> {
    return this.manager.getRepository(OrganisationEntity).countBy({ id: In(ids) });
  }

  // ---- Reading -------------------------------------------------------------------------------

  /** Invitees (with organisations), interviewer names and key point counts for a whole page: three queries. */
  async pageExtras(ids: string[], interviewerIds: string[]): Promise<PageExtras> {
    const [invitees, names, counts] = await Promise.all([
      this.invitees.find({ where: { interviewId: In(ids) }, relations: { organisation: true } }),
      this.interviewerNames(interviewerIds),
      this.manager.query(
        `SELECT interview_id, count(*)::int AS n FROM interview_key_points WHERE interview_id = ANY($1) GROUP BY interview_id`,
        [ids],
      ) as Promise<{ interview_id: string; n: number }[]>,
    ]);
    return { invitees, names, counts: new Map<string, number>(counts.map((r) => [r.interview_id, r.n])) };
  }

  /** Interviews by status and kind, institutions reached (per category and in all) and invited, key points. */
  async progress(consultationId: string): Promise<ProgressFigures> {
    const [counts, reached, totals] = await Promise.all([
      this.manager.query(`SELECT status, kind, count(*)::int AS n FROM interviews WHERE consultation_id = $1 GROUP BY status, kind`, [
        consultationId,
      ]) as Promise<ProgressFigures['counts']>,
      this.manager.query(
        `SELECT coalesce(o.category, v.category) AS category, count(DISTINCT coalesce(v.organisation_id::text, 'l:' || lower(v.name)))::int AS n
         FROM interviews i JOIN interview_invitees v ON v.interview_id = i.id LEFT JOIN organisations o ON o.id = v.organisation_id
         WHERE i.consultation_id = $1 AND i.status = 'held' AND v.kind = 'organisation' AND v.attended
         GROUP BY GROUPING SETS ((coalesce(o.category, v.category)), ())`,
        [consultationId],
      ) as Promise<ProgressFigures['reached']>,
      this.manager.query(
        `SELECT (SELECT count(DISTINCT coalesce(v.organisation_id::text, 'l:' || lower(v.name)))::int FROM interviews i JOIN interview_invitees v ON v.interview_id = i.id
                 WHERE i.consultation_id = $1 AND i.status <> 'cancelled' AND v.kind = 'organisation') AS invited,
                (SELECT count(*)::int FROM interview_key_points k JOIN interviews i ON i.id = k.interview_id WHERE i.consultation_id = $1) AS key_points`,
        [consultationId],
      ) as Promise<{ invited: number; key_points: number }[]>,
    ]);
    return { counts, reached, invited: totals[0].invited, keyPoints: totals[0].key_points };
  }
}
