import type { EntityManager } from 'typeorm';
import { StatementEntity } from './statement.entity';
import { keysetPage } from '../core/database/keyset-page';

/** The vote counters of a statement, by stored vote value. */
export const VOTE_COUNTER: Record<number, 'agree' | 'disagree' | 'pass'> = { 1: 'agree', [-1]: 'disagree', 0: 'pass' };

/** A voting scope: a consultation's own statements (room null) or one room's. */
export interface StatementScope {
  consultationId: string;
  roomId: string | null;
}

/** A page of a scope's statements, oldest first. */
export interface StatementPageQuery {
  consultationId: string;
  roomId?: string;
  withHidden: boolean;
  after: (string | number)[] | undefined;
  limit: number;
}

/** A vote to store (a person's, or an imported voter's under a pseudonymous key). */
export interface NewVote {
  statementId: string;
  voterKey: string;
  consultationId: string;
  userId: string;
  vote: number;
  category: string | null;
}

/** A statement to store from an import, keyed on its external reference. */
export interface ImportedStatement {
  consultationId: string;
  roomId: string | null;
  text: string;
  language: string;
  origin: string;
  externalRef: string;
  createdById: string | null;
  hiddenAt: Date | null;
}

/** Imported votes, column by column (inserted with unnest in one statement). */
export interface ImportedVotes {
  consultationId: string;
  statementIds: string[];
  voterKeys: string[];
  votes: number[];
  categories: (string | null)[];
}

/** A statement as the opinion map shows it. */
export interface StatementTally {
  id: string;
  text: string;
  language: string;
  agree: number;
  disagree: number;
  pass: number;
}

const IN_SCOPE = `s.consultation_id = $1 AND s.room_id IS NOT DISTINCT FROM $2 AND s.hidden_at IS NULL`;

/** Recounts the imported statements' counters ($1) from their votes. */
export const RECOUNT_SQL = `UPDATE synthesis_statements s SET agree = c.agree, disagree = c.disagree, pass = c.pass
     FROM (SELECT statement_id, count(*) FILTER (WHERE vote = 1)::int AS agree, count(*) FILTER (WHERE vote = -1)::int AS disagree, count(*) FILTER (WHERE vote = 0)::int AS pass
           FROM synthesis_votes WHERE statement_id = ANY($1::uuid[]) GROUP BY statement_id) c
     WHERE s.id = c.statement_id`;

/** Statements to vote on and their votes. */
export class StatementsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get statements() {
    return this.manager.getRepository(StatementEntity);
  }

  find(id: string): Promise<StatementEntity | null> {
    return this.statements.findOneBy({ id });
  }

  get(id: string): Promise<StatementEntity> {
    return this.statements.findOneByOrFail({ id });
  }

  insert(
    statement: Pick<StatementEntity, 'consultationId' | 'roomId' | 'text' | 'language' | 'origin' | 'contributionId' | 'createdById'>,
  ) {
    return this.statements.save(this.statements.create(statement));
  }

  async setHidden(id: string, hidden: boolean): Promise<void> {
    await this.statements.update({ id }, { hiddenAt: hidden ? new Date() : null });
  }

  /** One more row than the limit, to know whether a next page exists. */
  page(q: StatementPageQuery): Promise<StatementEntity[]> {
    const qb = this.statements.createQueryBuilder('s').where('s.consultation_id = :id', { id: q.consultationId });
    qb.andWhere(q.roomId ? 's.room_id = :roomId' : 's.room_id IS NULL', { roomId: q.roomId });
    if (!q.withHidden) qb.andWhere('s.hidden_at IS NULL');
    return keysetPage(qb, { alias: 's', column: 'created_at', after: q.after, limit: q.limit, direction: 'ASC' }).getMany();
  }

  /** The text of a visible contribution of the consultation. */
  async contributionText(contributionId: string, consultationId: string): Promise<string | undefined> {
    const [c] = await this.manager.query(`SELECT text FROM contributions WHERE id = $1 AND consultation_id = $2 AND hidden_at IS NULL`, [
      contributionId,
      consultationId,
    ]);
    return c?.text;
  }

  /** How many visible statements the scope has, and how many of them the voter voted on. */
  async progress(scope: StatementScope, voterKey: string): Promise<{ total: number; voted: number }> {
    const [counts] = await this.manager.query(
      `SELECT count(*)::int AS total, count(v.vote)::int AS voted FROM synthesis_statements s
       LEFT JOIN synthesis_votes v ON v.statement_id = s.id AND v.voter_key = $3
       WHERE ${IN_SCOPE}`,
      [scope.consultationId, scope.roomId, voterKey],
    );
    return { total: counts.total, voted: counts.voted };
  }

  /** The oldest visible statement of the scope the voter has not voted on. */
  async nextUnvoted(scope: StatementScope, voterKey: string): Promise<StatementEntity | null> {
    const [row] = await this.manager.query(
      `SELECT s.id FROM synthesis_statements s
       WHERE ${IN_SCOPE}
         AND NOT EXISTS (SELECT 1 FROM synthesis_votes v WHERE v.statement_id = s.id AND v.voter_key = $3)
       ORDER BY s.created_at, s.id LIMIT 1`,
      [scope.consultationId, scope.roomId, voterKey],
    );
    return row ? this.get(row.id) : null;
  }

  /** Locks a statement until the end of the transaction (its counters change one vote at a time). */
  async lock(id: string): Promise<void> {
    await this.manager.query(`SELECT id FROM synthesis_statements WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** The voter's stored vote on a statement. */
  async voteOf(statementId: string, voterKey: string): Promise<number | undefined> {
    const [previous] = await this.manager.query(`SELECT vote FROM synthesis_votes WHERE statement_id = $1 AND voter_key = $2`, [
      statementId,
      voterKey,
    ]);
    return previous?.vote;
  }

  /** The voter's votes on the given statements, by statement id. */
  async votesOf(statementIds: string[], voterKey: string): Promise<Map<string, number>> {
    const rows: { statement_id: string; vote: number }[] = await this.manager.query(
      `SELECT statement_id, vote FROM synthesis_votes WHERE statement_id = ANY($1::uuid[]) AND voter_key = $2`,
      [statementIds, voterKey],
    );
    return new Map(rows.map((r) => [r.statement_id, r.vote]));
  }

  async upsertVote(v: NewVote): Promise<void> {
    await this.manager.query(
      `INSERT INTO synthesis_votes (statement_id, voter_key, consultation_id, user_id, vote, category) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (statement_id, voter_key) DO UPDATE SET vote = EXCLUDED.vote, category = EXCLUDED.category, updated_at = now()`,
      [v.statementId, v.voterKey, v.consultationId, v.userId, v.vote, v.category],
    );
  }

  /** Moves the statement's counters: one more for the new vote, one less for the one it replaces. */
  async count(statementId: string, vote: number, previous: number | undefined): Promise<void> {
    const inc = VOTE_COUNTER[vote];
    const dec = previous !== undefined ? VOTE_COUNTER[previous] : null;
    await this.manager.query(`UPDATE synthesis_statements SET ${inc} = ${inc} + 1${dec ? `, ${dec} = ${dec} - 1` : ''} WHERE id = $1`, [
      statementId,
    ]);
  }

  /** Inserts an imported statement (or changes its text when imported again); returns its id. */
  async upsertImported(s: ImportedStatement): Promise<string> {
    const [row] = await this.manager.query(
      `INSERT INTO synthesis_statements (consultation_id, room_id, text, language, origin, external_ref, created_by_id, hidden_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (consultation_id, external_ref) DO UPDATE SET text = EXCLUDED.text RETURNING id`,
      [s.consultationId, s.roomId, s.text, s.language, s.origin, s.externalRef, s.createdById, s.hiddenAt],
    );
    return row.id;
  }

  async upsertImportedVotes(v: ImportedVotes): Promise<void> {
    await this.manager.query(
      `INSERT INTO synthesis_votes (statement_id, voter_key, consultation_id, vote, category)
       SELECT unnest($1::uuid[]), unnest($2::text[]), $3, unnest($4::smallint[]), unnest($5::text[])
       ON CONFLICT (statement_id, voter_key) DO UPDATE SET vote = EXCLUDED.vote, category = EXCLUDED.category, updated_at = now()`,
      [v.statementIds, v.voterKeys, v.consultationId, v.votes, v.categories],
    );
  }

  async recount(statementIds: string[]): Promise<void> {
    await this.manager.query(RECOUNT_SQL, [statementIds]);
  }

  /** What changes when a vote of the scope changes: the votes' count and latest change, and how many statements have votes. */
  async voteSignature(scope: StatementScope): Promise<{ votes: number; at: string; statements: number }> {
    const [sig] = await this.manager.query(
      `SELECT count(*)::int AS n, coalesce(max(v.updated_at), 'epoch')::text AS at, count(DISTINCT s.id)::int AS statements
       FROM synthesis_statements s JOIN synthesis_votes v ON v.statement_id = s.id
       WHERE ${IN_SCOPE}`,
      [scope.consultationId, scope.roomId],
    );
    return { votes: sig.n, at: sig.at, statements: sig.statements };
  }

  /** The scope's votes, by voter then statement. */
  async votes(scope: StatementScope): Promise<{ participantId: string; statementId: string; vote: number }[]> {
    const rows: { s: string; p: string; v: number }[] = await this.manager.query(
      `SELECT v.statement_id AS s, v.voter_key AS p, v.vote AS v FROM synthesis_votes v JOIN synthesis_statements s ON s.id = v.statement_id
       WHERE ${IN_SCOPE} ORDER BY v.voter_key, v.statement_id`,
      [scope.consultationId, scope.roomId],
    );
    return rows.map((r) => ({ participantId: r.p, statementId: r.s, vote: r.v }));
  }

  /** The scope's visible statements with their counters. */
  tallies(scope: StatementScope): Promise<StatementTally[]> {
    return this.manager.query(
      `SELECT id, text, language, agree, disagree, pass FROM synthesis_statements WHERE consultation_id = $1 AND room_id IS NOT DISTINCT FROM $2 AND hidden_at IS NULL`,
      [scope.consultationId, scope.roomId],
    );
  }

  /** Each voter's category as of their latest vote in the scope, by voter key. */
  async voterCategories(scope: StatementScope): Promise<Map<string, string>> {
    const rows: { voter_key: string; category: string | null }[] = await this.manager.query(
      `SELECT DISTINCT ON (v.voter_key) v.voter_key, v.category FROM synthesis_votes v JOIN synthesis_statements s ON s.id = v.statement_id
       WHERE v.consultation_id = $1 AND s.room_id IS NOT DISTINCT FROM $2 ORDER BY v.voter_key, v.updated_at DESC`,
      [scope.consultationId, scope.roomId],
    );
    return new Map(rows.map((c) => [c.voter_key, c.category ?? 'unknown']));
  }
}
