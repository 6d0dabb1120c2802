import type { EntityManager } from 'typeorm';

export interface PlanAnnex {
  interviews: number;
  meetings: number;
  institutions: number;
  rooms: number;
  roomMessages: number;
  proposals: number;
  participants: number;
  contributions: number;
  /** Per stakeholder category: participants and contributions. */
  byCategory: { category: string; participants: number; contributions: number }[];
  suggestionsAccepted: number;
  provenanceLinks: number;
}

/**
 * How the plan was built, read from the other features' tables: interviews and meetings held,
 * institutions reached, participants and contributions per stakeholder category (the balance
 * aggregate), rooms held, proposals received, and how much of it reached the plan.
 */
export class PlanAnnexRepository {
  constructor(private readonly manager: EntityManager) {}

  private async table(name: string): Promise<boolean> {
    return !!(await this.manager.query(`SELECT to_regclass($1) AS t`, [name]))[0]?.t;
  }

  async annex(planId: string, consultationId: string | null): Promise<PlanAnnex> {
    const [plan] = await this.manager.query(
      `SELECT (SELECT count(*)::int FROM plan_suggestions WHERE plan_id = $1 AND status = 'accepted') AS accepted,
              (SELECT count(*)::int FROM plan_provenance WHERE plan_id = $1) AS links`,
      [planId],
    );
    const base: PlanAnnex = {
      interviews: 0,
      meetings: 0,
      institutions: 0,
      rooms: 0,
      roomMessages: 0,
      proposals: 0,
      participants: 0,
      contributions: 0,
      byCategory: [],
      suggestionsAccepted: plan.accepted,
      provenanceLinks: plan.links,
    };
    if (!consultationId) return base;
    const [interviews] = await this.manager.query(
      `SELECT count(*) FILTER (WHERE kind = 'interview')::int AS interviews, count(*) FILTER (WHERE kind = 'meeting')::int AS meetings
       FROM interviews WHERE consultation_id = $1 AND status = 'held'`,
      [consultationId],
    );
    const [institutions] = await this.manager.query(
      `SELECT count(DISTINCT coalesce(i.organisation_id::text, lower(trim(i.name))))::int AS n
       FROM interview_invitees i JOIN interviews v ON v.id = i.interview_id
       WHERE v.consultation_id = $1 AND v.status = 'held' AND i.kind = 'organisation' AND i.attended`,
      [consultationId],
    );
    const byCategory: { category: string; participants: number; contributions: number }[] = await this.manager.query(
      `SELECT category, count(*)::int AS participants, sum(contributions)::int AS contributions FROM consultation_participants WHERE consultation_id = $1 GROUP BY category ORDER BY 2 DESC`,
      [consultationId],
    );
    let rooms = { rooms: 0, messages: 0 };
    if (await this.table('rooms')) {
      [rooms] = await this.manager.query(
        `SELECT count(*)::int AS rooms, coalesce(sum(last_seq), 0)::int AS messages FROM rooms WHERE consultation_id = $1 AND status IN ('open', 'closed') AND opened_at IS NOT NULL`,
        [consultationId],
      );
    }
    let proposals = 0;
    if (await this.table('proposals')) {
      [{ n: proposals }] = await this.manager.query(
        `SELECT count(*)::int AS n FROM proposals WHERE consultation_id = $1 AND status <> 'draft'`,
        [consultationId],
      );
    }
    return {
      ...base,
      interviews: interviews.interviews,
      meetings: interviews.meetings,
      institutions: institutions.n,
      rooms: rooms.rooms,
      roomMessages: rooms.messages,
      proposals,
      participants: byCategory.reduce((a, r) => a + r.participants, 0),
      contributions: byCategory.reduce((a, r) => a + (r.contributions ?? 0), 0),
      byCategory,
    };
  }
}
