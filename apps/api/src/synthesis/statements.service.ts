import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { detectLanguage, readPolisExport, type PolisConversation } from '@polyphony/synthesis';
import type {
  CreateStatementRequest,
  PolisImportRequest,
  PolisImportResult,
  Statement,
  VoteChoice,
  statementListQuerySchema,
} from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { decodeCursor, toPage } from '../core/http/cursor';
import { ConsultationsService } from '../consultations/consultations.service';
import { ContributionsService } from '../contributions/contributions.service';
import type { UserEntity } from '../users/user.entity';
import { StatementEntity } from './statement.entity';
import { SynthesisPolicy } from './synthesis.policy';
import { assertRoomOf } from './synthesis-scope';
import type { Parsed } from '../core/errors/zod-validation';

export const VOTE_CODES: Record<VoteChoice, number> = { agree: 1, disagree: -1, pass: 0 };
const CHOICE: Record<string, VoteChoice> = { '1': 'agree', '-1': 'disagree', '0': 'pass' };
const COUNTER: Record<number, 'agree' | 'disagree' | 'pass'> = { 1: 'agree', [-1]: 'disagree', 0: 'pass' };

export function toStatement(s: StatementEntity, myVote: number | null | undefined): Statement {
  return {
    id: s.id,
    consultationId: s.consultationId,
    roomId: s.roomId,
    text: s.text,
    language: s.language,
    origin: s.origin,
    contributionId: s.contributionId,
    hidden: s.hiddenAt !== null,
    agree: s.agree,
    disagree: s.disagree,
    pass: s.pass,
    myVote: myVote === null || myVote === undefined ? null : CHOICE[String(myVote)],
    createdAt: s.createdAt.toISOString(),
  };
}

/** Statements to vote on (agree / disagree / pass), one vote per voter and statement. */
@Injectable()
export class StatementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly contributions: ContributionsService,
  ) {}

  async create(consultationIdOrSlug: string, body: CreateStatementRequest, user: UserEntity): Promise<Statement> {
    const { consultation, isFacilitator } = await this.consultations.findForUser(consultationIdOrSlug, user);
    if (!SynthesisPolicy.canCreateStatements(user, isFacilitator)) throw AppError.forbidden();
    const room = await assertRoomOf(this.db.manager, consultation.id, body.roomId);
    let text = body.text ?? '';
    if (body.contributionId) {
      const [c] = await this.db.query(`SELECT text FROM contributions WHERE id = $1 AND consultation_id = $2 AND hidden_at IS NULL`, [
        body.contributionId,
        consultation.id,
      ]);
      if (!c) throw AppError.notFound();
      text = shorten(c.text);
    }
    const repo = this.db.getRepository(StatementEntity);
    const saved = await repo.save(
      repo.create({
        consultationId: consultation.id,
        roomId: room?.id ?? null,
        text,
        language: detectLanguage(text).language,
        origin: body.contributionId ? 'contribution' : 'official',
        contributionId: body.contributionId ?? null,
        createdById: user.id,
      }),
    );
    return toStatement(saved, null);
  }

  async list(consultationIdOrSlug: string, query: Parsed<typeof statementListQuerySchema>, user?: UserEntity) {
    const { consultation } = await this.consultations.findForUser(consultationIdOrSlug, user);
    const qb = this.db.getRepository(StatementEntity).createQueryBuilder('s').where('s.consultation_id = :id', { id: consultation.id });
    qb.andWhere(query.roomId ? 's.room_id = :roomId' : 's.room_id IS NULL', { roomId: query.roomId });
    if (!SynthesisPolicy.canSeeHidden(user)) qb.andWhere('s.hidden_at IS NULL');
    const after = decodeCursor(query.cursor, 2);
    if (after) qb.andWhere('(s.created_at, s.id) > (:at, :sid)', { at: after[0], sid: after[1] });
    const rows = await qb
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(query.limit + 1)
      .getMany();
    const page = toPage(rows, query.limit, (s) => [s.createdAt.toISOString(), s.id]);
    const mine = await this.myVotes(
      page.items.map((s) => s.id),
      user,
    );
    return { items: page.items.map((s) => toStatement(s, mine.get(s.id))), nextCursor: page.nextCursor };
  }

  /** The next statement the viewer has not voted on (oldest first), with how many are left. */
  async next(consultationIdOrSlug: string, roomId: string | undefined, user: UserEntity) {
    const { consultation } = await this.consultations.findForUser(consultationIdOrSlug, user);
    const params = [consultation.id, roomId ?? null, `u:${user.id}`];
    const [counts] = await this.db.query(
      `SELECT count(*)::int AS total, count(v.vote)::int AS voted FROM synthesis_statements s
       LEFT JOIN synthesis_votes v ON v.statement_id = s.id AND v.voter_key = $3
       WHERE s.consultation_id = $1 AND s.room_id IS NOT DISTINCT FROM $2 AND s.hidden_at IS NULL`,
      params,
    );
    const [row] = await this.db.query(
      `SELECT s.id FROM synthesis_statements s
       WHERE s.consultation_id = $1 AND s.room_id IS NOT DISTINCT FROM $2 AND s.hidden_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM synthesis_votes v WHERE v.statement_id = s.id AND v.voter_key = $3)
       ORDER BY s.created_at, s.id LIMIT 1`,
      params,
    );
    const statement = row ? await this.db.getRepository(StatementEntity).findOneByOrFail({ id: row.id }) : null;
    return {
      statement: statement ? toStatement(statement, null) : null,
      total: counts.total as number,
      voted: counts.voted as number,
      canVote: SynthesisPolicy.canVote(user, consultation.status),
    };
  }

  /**
   * One vote per person and statement, changeable. The statement row is locked for the
   * transaction, so two votes at once (even by the same person) keep the counters exact.
   */
  async vote(statementId: string, choice: VoteChoice, user: UserEntity): Promise<Statement> {
    const statement = await this.db.getRepository(StatementEntity).findOneBy({ id: statementId });
    if (!statement) throw AppError.notFound();
    const { consultation } = await this.consultations.findForUser(statement.consultationId, user);
    if (statement.hiddenAt) throw AppError.notFound();
    if (!SynthesisPolicy.canVote(user, consultation.status)) throw AppError.conflict('synthesis.voting_closed');
    const value = VOTE_CODES[choice];
    const voterKey = `u:${user.id}`;
    await this.db.transaction(async (m) => {
      await m.query(`SELECT id FROM synthesis_statements WHERE id = $1 FOR UPDATE`, [statementId]);
      const [previous] = await m.query(`SELECT vote FROM synthesis_votes WHERE statement_id = $1 AND voter_key = $2`, [
        statementId,
        voterKey,
      ]);
      if (previous && previous.vote === value) return;
      await m.query(
        `INSERT INTO synthesis_votes (statement_id, voter_key, consultation_id, user_id, vote, category) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (statement_id, voter_key) DO UPDATE SET vote = EXCLUDED.vote, category = EXCLUDED.category, updated_at = now()`,
        [statementId, voterKey, statement.consultationId, user.id, value, user.category],
      );
      const inc = COUNTER[value];
      const dec = previous ? COUNTER[previous.vote] : null;
      await m.query(`UPDATE synthesis_statements SET ${inc} = ${inc} + 1${dec ? `, ${dec} = ${dec} - 1` : ''} WHERE id = $1`, [
        statementId,
      ]);
      // Voting is taking part: the stakeholder balance counts the voter once per consultation.
      if (!previous) {
        await this.contributions.recordParticipation(m, {
          source: 'vote',
          sourceRef: `vote:${statement.consultationId}:${user.id}`,
          consultationId: statement.consultationId,
          category: user.category,
          country: user.country,
          authorUserId: user.id,
        });
      }
    });
    const fresh = await this.db.getRepository(StatementEntity).findOneByOrFail({ id: statementId });
    return toStatement(fresh, value);
  }

  async setHidden(statementId: string, hidden: boolean, user: UserEntity): Promise<Statement> {
    const statement = await this.db.getRepository(StatementEntity).findOneBy({ id: statementId });
    if (!statement) throw AppError.notFound();
    await this.consultations.findForUser(statement.consultationId, user);
    if (!SynthesisPolicy.canHideStatements(user)) throw AppError.forbidden();
    await this.db.getRepository(StatementEntity).update({ id: statementId }, { hiddenAt: hidden ? new Date() : null });
    const mine = await this.myVotes([statementId], user);
    return toStatement(await this.db.getRepository(StatementEntity).findOneByOrFail({ id: statementId }), mine.get(statementId));
  }

  /** A past Polis conversation: its comments become statements and its votes are kept under pseudonymous voter keys. */
  async importPolis(consultationIdOrSlug: string, body: PolisImportRequest, user: UserEntity): Promise<PolisImportResult> {
    const { consultation } = await this.consultations.findForUser(consultationIdOrSlug, user);
    if (!SynthesisPolicy.canImportPolis(user)) throw AppError.forbidden();
    const room = await assertRoomOf(this.db.manager, consultation.id, body.roomId);
    let conversation: PolisConversation;
    try {
      conversation = readPolisExport({ comments: body.comments, votes: body.votes, participantsVotes: body.participantsVotes });
    } catch {
      throw new AppError('synthesis.polis_invalid');
    }
    if (!conversation.votes.length) throw new AppError('synthesis.polis_invalid');
    const batch = randomBytes(4).toString('hex');
    return this.db.transaction((m) => storePolis(m, consultation.id, room?.id ?? null, batch, conversation, user.id));
  }

  private async myVotes(statementIds: string[], user?: UserEntity): Promise<Map<string, number>> {
    if (!user || !statementIds.length) return new Map();
    const rows: { statement_id: string; vote: number }[] = await this.db.query(
      `SELECT statement_id, vote FROM synthesis_votes WHERE statement_id = ANY($1::uuid[]) AND voter_key = $2`,
      [statementIds, `u:${user.id}`],
    );
    return new Map(rows.map((r) => [r.statement_id, r.vote]));
  }
}

/** Statements from contributions are kept short: the first sentence, at most 280 characters. */
export function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 280) return clean;
  const sentence = clean.slice(0, 280).match(/^(.{40,}?[.!?])\s/)?.[1];
  return sentence ?? `${clean.slice(0, 279)}…`;
}

/** Writes an imported conversation (also used by the demo seed); idempotent per batch key. */
export async function storePolis(
  m: EntityManager,
  consultationId: string,
  roomId: string | null,
  batch: string,
  conversation: PolisConversation,
  userId: string | null,
  origin = 'polis',
  categoryOf: (participantId: string) => string | null = () => null,
): Promise<PolisImportResult> {
  const ids = new Map<string, string>();
  for (const s of conversation.statements) {
    const text = shorten(s.text || `#${s.id}`).slice(0, 300);
    const [row] = await m.query(
      `INSERT INTO synthesis_statements (consultation_id, room_id, text, language, origin, external_ref, created_by_id, hidden_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (consultation_id, external_ref) DO UPDATE SET text = EXCLUDED.text RETURNING id`,
      [
        consultationId,
        roomId,
        text,
        detectLanguage(text).language,
        origin,
        `${origin}:${batch}:${s.id}`.slice(0, 120),
        userId,
        s.moderated < 0 ? new Date() : null,
      ],
    );
    ids.set(s.id, row.id);
  }
  // The last vote of a voter on a statement wins (votes.csv is in time order).
  const last = new Map<string, { statementId: string; voter: string; vote: number; category: string | null }>();
  for (const v of conversation.votes) {
    const statementId = ids.get(v.statementId);
    const vote = Math.sign(Number(v.vote));
    if (!statementId) continue;
    last.set(`${statementId}|${v.participantId}`, {
      statementId,
      voter: `${origin}:${batch}:${v.participantId}`.slice(0, 120),
      vote,
      category: categoryOf(v.participantId),
    });
  }
  const rows = [...last.values()];
  for (let i = 0; i < rows.length; i += 10_000) {
    const chunk = rows.slice(i, i + 10_000);
    await m.query(
      `INSERT INTO synthesis_votes (statement_id, voter_key, consultation_id, vote, category)
       SELECT unnest($1::uuid[]), unnest($2::text[]), $3, unnest($4::smallint[]), unnest($5::text[])
       ON CONFLICT (statement_id, voter_key) DO UPDATE SET vote = EXCLUDED.vote, category = EXCLUDED.category, updated_at = now()`,
      [chunk.map((r) => r.statementId), chunk.map((r) => r.voter), consultationId, chunk.map((r) => r.vote), chunk.map((r) => r.category)],
    );
  }
  await m.query(
    `UPDATE synthesis_statements s SET agree = c.agree, disagree = c.disagree, pass = c.pass
     FROM (SELECT statement_id, count(*) FILTER (WHERE vote = 1)::int AS agree, count(*) FILTER (WHERE vote = -1)::int AS disagree, count(*) FILTER (WHERE vote = 0)::int AS pass
           FROM synthesis_votes WHERE statement_id = ANY($1::uuid[]) GROUP BY statement_id) c
     WHERE s.id = c.statement_id`,
    [[...ids.values()]],
  );
  return { statements: ids.size, votes: rows.length, participants: new Set(rows.map((r) => r.voter)).size, format: conversation.format };
}
