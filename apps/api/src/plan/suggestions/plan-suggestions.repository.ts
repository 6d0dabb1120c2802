import { IsNull, type EntityManager } from 'typeorm';
import type { Quote, SuggestionSourceKind } from '@polyphony/contracts';
import { PlanSectionEntity } from '../plan-section.entity';
import { toQuote, type QuoteRow } from '../plan.mapper';
import { PlanSuggestionEntity, PlanSuggestionSourceEntity } from './plan-suggestion.entity';
import { keysetPage } from '../../core/database/keyset-page';

/** Quotes keep organisations' and named institutions' names; a person is never named. */
export const QUOTE_COLUMNS = `c.id AS contribution_id, c.text, c.language, c.category, c.source, c.country, coalesce(o.name, c.author_label) AS author, c.created_at`;

/** Something that can be turned into a suggestion, as read from the plan's consultation. */
export interface CandidateRow {
  id: string;
  label: string;
  text: string;
  count: number;
  by_category: Record<string, number> | null;
}

/** A source as found, before the service checks it belongs to the plan's consultation. */
export interface FoundSource {
  label: string;
  consultationId: string | null;
  /** Only proposals: drafts cannot be suggested. */
  status?: string;
}

export interface SourceCount {
  suggestionId: string;
  category: string;
  source: string;
  n: number;
}

type KeyPointSource = 'interview_key_point' | 'room_message';

/** Latest 200 candidates of each kind, from the consultation's latest synthesis, its proposals or its key points. */
export const CANDIDATES_SQL: Record<'theme' | 'proposal' | 'key_point', string> = {
  theme: `SELECT t.id, t.label, coalesce(t.quotes->0->>'text', '') AS text, t.size AS count, t.by_category
         FROM synthesis_themes t
         WHERE t.run_id = (SELECT id FROM synthesis_runs WHERE consultation_id = $1 AND room_id IS NULL AND status = 'succeeded' ORDER BY created_at DESC LIMIT 1)
         ORDER BY t.position LIMIT 200`,
  proposal: `SELECT p.id, p.title AS label, left(p.body, 400) AS text, 1 AS count, jsonb_build_object(p.author_category, 1) AS by_category
         FROM proposals p WHERE p.consultation_id = $1 AND p.status NOT IN ('draft', 'merged') AND p.hidden_at IS NULL
         ORDER BY p.support_count DESC, p.created_at DESC LIMIT 200`,
  key_point: `SELECT c.id, coalesce(o.name, c.author_label, '') AS label, c.text, 1 AS count, jsonb_build_object(c.category, 1) AS by_category
         FROM contributions c LEFT JOIN organisations o ON o.id = c.author_organisation_id
         WHERE c.consultation_id = $1 AND c.source = $2 AND c.key_point AND c.hidden_at IS NULL
         ORDER BY c.created_at DESC LIMIT 200`,
};

/** The SQL of suggestions (sources, quotes, provenance links) and of the sources panel. */
export class PlanSuggestionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get suggestions() {
    return this.manager.getRepository(PlanSuggestionEntity);
  }

  async suggestedRefs(planId: string, kind: SuggestionSourceKind): Promise<Set<string>> {
    const rows: { source_ref: string }[] = await this.manager.query(
      `SELECT DISTINCT source_ref FROM plan_suggestions WHERE plan_id = $1 AND source_kind = $2`,
      [planId, kind],
    );
    return new Set(rows.map((r) => r.source_ref));
  }

  candidates(consultationId: string, kind: SuggestionSourceKind): Promise<CandidateRow[]> {
    if (kind === 'theme') return this.manager.query(CANDIDATES_SQL.theme, [consultationId]);
    if (kind === 'proposal') return this.manager.query(CANDIDATES_SQL.proposal, [consultationId]);
    return this.manager.query(CANDIDATES_SQL.key_point, [consultationId, keyPointSource(kind)]);
  }

  async theme(id: string): Promise<FoundSource | undefined> {
    const [theme] = await this.manager.query(
      `SELECT t.label, r.consultation_id FROM synthesis_themes t JOIN synthesis_runs r ON r.id = t.run_id WHERE t.id = $1`,
      [id],
    );
    return theme && { label: theme.label, consultationId: theme.consultation_id };
  }

  /** The visible contributions gathered in a theme. */
  async themeContributions(id: string): Promise<string[]> {
    const rows: { contribution_id: string }[] = await this.manager.query(
      `SELECT m.contribution_id FROM synthesis_theme_members m JOIN contributions c ON c.id = m.contribution_id WHERE m.theme_id = $1 AND c.hidden_at IS NULL`,
      [id],
    );
    return rows.map((r) => r.contribution_id);
  }

  async proposal(id: string): Promise<FoundSource | undefined> {
    const [proposal] = await this.manager.query(
      `SELECT title, consultation_id, status FROM proposals WHERE id = $1 AND hidden_at IS NULL`,
      [id],
    );
    return proposal && { label: proposal.title, consultationId: proposal.consultation_id, status: proposal.status };
  }

  async proposalContributions(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(`SELECT id FROM contributions WHERE source = 'proposal' AND source_ref = $1`, [
      id,
    ]);
    return rows.map((r) => r.id);
  }

  /** A visible key point (interview or room) by its contribution id. */
  async keyPoint(id: string, kind: SuggestionSourceKind): Promise<{ id: string; text: string; consultationId: string | null } | undefined> {
    const [c] = await this.manager.query(
      `SELECT id, text, consultation_id FROM contributions WHERE id = $1 AND source = $2 AND key_point AND hidden_at IS NULL`,
      [id, keyPointSource(kind)],
    );
    return c && { id: c.id, text: c.text, consultationId: c.consultation_id };
  }

  liveSection(planId: string, id: string): Promise<PlanSectionEntity | null> {
    return this.manager.getRepository(PlanSectionEntity).findOneBy({ id, planId, deletedAt: IsNull() });
  }

  /** Every section of the plan (removed ones too, with their removal date), for codes. */
  sectionShapes(planId: string): Promise<PlanSectionEntity[]> {
    return this.manager
      .getRepository(PlanSectionEntity)
      .find({ where: { planId }, select: { id: true, kind: true, parentId: true, position: true, deletedAt: true } });
  }

  insert(values: Partial<PlanSuggestionEntity>): Promise<PlanSuggestionEntity> {
    return this.suggestions.save(values);
  }

  /** Links a suggestion to the contributions behind it (in chunks of 1,000; repeats ignored). */
  async addSources(suggestionId: string, contributionIds: string[]): Promise<void> {
    for (let i = 0; i < contributionIds.length; i += 1000) {
      await this.manager
        .getRepository(PlanSuggestionSourceEntity)
        .createQueryBuilder()
        .insert()
        .values(contributionIds.slice(i, i + 1000).map((contributionId) => ({ suggestionId, contributionId })))
        .orIgnore()
        .execute();
    }
  }

  /** A page of the plan's suggestions, newest first, after the keyset `after` (created_at, id). */
  page(planId: string, query: { status?: string; after: (string | number)[] | undefined; limit: number }): Promise<PlanSuggestionEntity[]> {
    const qb = this.suggestions.createQueryBuilder('s').where('s.plan_id = :planId', { planId });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    return keysetPage(qb, { alias: 's', column: 'created_at', after: query.after, limit: query.limit, direction: 'DESC' }).getMany();
  }

  find(planId: string, id: string): Promise<PlanSuggestionEntity | null> {
    return this.suggestions.findOneBy({ id, planId });
  }

  lock(planId: string, id: string): Promise<PlanSuggestionEntity | null> {
    return this.suggestions.findOne({ where: { id, planId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, values: Partial<PlanSuggestionEntity>): Promise<void> {
    await this.suggestions.update({ id }, values);
  }

  /** Contributions behind each suggestion, per category and source kind. */
  async sourceCounts(ids: string[]): Promise<SourceCount[]> {
    const rows: { suggestion_id: string; category: string; source: string; n: number }[] = await this.manager.query(
      `SELECT s.suggestion_id, c.category, c.source, count(*)::int AS n FROM plan_suggestion_sources s JOIN contributions c ON c.id = s.contribution_id
       WHERE s.suggestion_id = ANY($1) GROUP BY 1, 2, 3`,
      [ids],
    );
    return rows.map((r) => ({ suggestionId: r.suggestion_id, category: r.category, source: r.source, n: r.n }));
  }

  /** The `perSuggestion` longest visible quotes of each suggestion. */
  async quotes(ids: string[], perSuggestion: number): Promise<{ suggestionId: string; quote: Quote }[]> {
    const rows: (QuoteRow & { suggestion_id: string })[] = await this.manager.query(
      `SELECT * FROM (
         SELECT s.suggestion_id, ${QUOTE_COLUMNS}, row_number() OVER (PARTITION BY s.suggestion_id ORDER BY length(c.text) DESC, c.id) AS rank
         FROM plan_suggestion_sources s JOIN contributions c ON c.id = s.contribution_id LEFT JOIN organisations o ON o.id = c.author_organisation_id
         WHERE s.suggestion_id = ANY($1) AND c.hidden_at IS NULL
       ) q WHERE rank <= $2`,
      [ids, perSuggestion],
    );
    return rows.map((r) => ({ suggestionId: r.suggestion_id, quote: toQuote(r) }));
  }

  async contributionsOf(suggestionId: string): Promise<string[]> {
    const rows: { contribution_id: string }[] = await this.manager.query(
      `SELECT contribution_id FROM plan_suggestion_sources WHERE suggestion_id = $1`,
      [suggestionId],
    );
    return rows.map((r) => r.contribution_id);
  }

  /** Provenance links of an accepted suggestion (in chunks of 1,000; existing links kept). */
  async linkProvenance(link: { planId: string; sectionId: string; paragraphKey: string; suggestionId: string }, contributionIds: string[]) {
    for (let i = 0; i < contributionIds.length; i += 1000) {
      await this.manager.query(
        `INSERT INTO plan_provenance (plan_id, section_id, paragraph_key, contribution_id, suggestion_id)
           SELECT $1, $2, $3, unnest($4::uuid[]), $5 ON CONFLICT (section_id, paragraph_key, contribution_id) DO NOTHING`,
        [link.planId, link.sectionId, link.paragraphKey, contributionIds.slice(i, i + 1000), link.suggestionId],
      );
    }
  }

  /** A page of the quotes behind a section (or one of its paragraphs), newest first. */
  async sectionQuotes(
    planId: string,
    sectionId: string,
    query: { paragraphId?: string; after: (string | number)[] | undefined; limit: number },
  ): Promise<{ quote: Quote; createdAt: Date }[]> {
    const params: unknown[] = [planId, sectionId, query.limit + 1];
    let where = `p.plan_id = $1 AND p.section_id = $2 AND c.hidden_at IS NULL`;
    if (query.paragraphId !== undefined) {
      params.push(query.paragraphId);
      where += ` AND p.paragraph_key = $${params.length}`;
    }
    if (query.after) {
      params.push(query.after[0], query.after[1]);
      where += ` AND (c.created_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    const rows: QuoteRow[] = await this.manager.query(
      `SELECT DISTINCT ON (c.created_at, c.id) ${QUOTE_COLUMNS}
       FROM plan_provenance p JOIN contributions c ON c.id = p.contribution_id LEFT JOIN organisations o ON o.id = c.author_organisation_id
       WHERE ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT $3`,
      params,
    );
    return rows.map((r) => ({ quote: toQuote(r), createdAt: r.created_at }));
  }

  /** A proposal's status and the plan action it was answered with. */
  async proposalState(id: string): Promise<{ status: string; planActionId: string | null } | undefined> {
    const [row] = await this.manager.query(`SELECT status, plan_action_id FROM proposals WHERE id = $1`, [id]);
    return row && { status: row.status, planActionId: row.plan_action_id };
  }
}

const keyPointSource = (kind: SuggestionSourceKind): KeyPointSource =>
  kind === 'interview_key_point' ? 'interview_key_point' : 'room_message';
