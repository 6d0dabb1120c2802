import { In, type EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { InterviewInviteeEntity } from './interview-invitee.entity';

/** The interviews' reading SQL: a page's related rows and a consultation's progress figures. */
export class InterviewsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Invitees (with organisations), interviewer names and key point counts for a whole page: three queries. */
  async pageExtras(ids: string[], interviewerIds: string[]) {
    const [invitees, users, counts] = await Promise.all([
      this.manager.getRepository(InterviewInviteeEntity).find({ where: { interviewId: In(ids) }, relations: { organisation: true } }),
      interviewerIds.length
        ? this.manager.getRepository(UserEntity).find({ where: { id: In(interviewerIds) }, select: { id: true, displayName: true } })
        : [],
      this.manager.query(
        `SELECT interview_id, count(*)::int AS n FROM interview_key_points WHERE interview_id = ANY($1) GROUP BY interview_id`,
        [ids],
      ) as Promise<{ interview_id: string; n: number }[]>,
    ]);
    return {
      invitees,
      names: new Map(users.map((u) => [u.id, u.displayName])),
      counts: new Map<string, number>(counts.map((r) => [r.interview_id, r.n])),
    };
  }

  /** Interviews by status and kind, institutions reached (per category and in all) and invited, key points. */
  async progress(consultationId: string) {
    const [counts, reached, totals] = await Promise.all([
      this.manager.query(`SELECT status, kind, count(*)::int AS n FROM interviews WHERE consultation_id = $1 GROUP BY status, kind`, [
        consultationId,
      ]) as Promise<{ status: string; kind: string; n: number }[]>,
      this.manager.query(
        `SELECT coalesce(o.category, v.category) AS category, count(DISTINCT coalesce(v.organisation_id::text, 'l:' || lower(v.name)))::int AS n
         FROM interviews i JOIN interview_invitees v ON v.interview_id = i.id LEFT JOIN organisations o ON o.id = v.organisation_id
         WHERE i.consultation_id = $1 AND i.status = 'held' AND v.kind = 'organisation' AND v.attended
         GROUP BY GROUPING SETS ((coalesce(o.category, v.category)), ())`,
        [consultationId],
      ) as Promise<{ category: string | null; n: number }[]>,
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
