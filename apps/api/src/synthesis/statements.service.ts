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
import { SynthesisPolicy } from './synthesis.policy';
import { assertRoomOf } from './synthesis-scope';
import { toStatement } from './synthesis.mapper';
import { StatementsRepository } from './statements.repository';
import type { Parsed } from '../core/errors/zod-validation';

export const VOTE_CODES: Record<VoteChoice, number> = { agree: 1, disagree: -1, pass: 0 };
export { toStatement } from './synthesis.mapper';

/** Statements to vote on (agree / disagree / pass), one vote per voter and statement. */
@Injectable()
export class StatementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly contributions: ContributionsService,
  ) {}

  async create(user: UserEntity, consultationIdOrSlug: string, body: CreateStatementRequest): Promise<Statement> {
    const { consultation, isFacilitator } = await this.consultations.findForUser(consultationIdOrSlug, user);
    if (!SynthesisPolicy.canCreateStatements(user, isFacilitator)) throw AppError.forbidden();
    const room = await assertRoomOf(this.db.manager, consultation.id, body.roomId);
    const repo = this.repo();
    let text = body.text ?? '';
    if (body.contributionId) {
      const found = await repo.contributionText(body.contributionId, consultation.id);
      if (found === undefined) throw AppError.notFound();
      text = shorten(found);
    }
    const saved = await repo.insert({
      consultationId: consultation.id,
      roomId: room?.id ?? null,
      text,
      language: detectLanguage(text).language,
      origin: body.contributionId ? 'contribution' : 'official',
      contributionId: body.contributionId ?? null,
      createdById: user.id,
    });
    return toStatement(saved, null);
  }

  async list(consultationIdOrSlug: string, query: Parsed<typeof statementListQuerySchema>, user?: UserEntity) {
    const { consultation } = await this.consultations.findForUser(consultationIdOrSlug, user);
    const rows = await this.repo().page({
      consultationId: consultation.id,
      roomId: query.roomId,
      withHidden: SynthesisPolicy.canSeeHidden(user),
      after: decodeCursor(query.cursor, 2),
      limit: query.limit,
    });
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
    const scope = { consultationId: consultation.id, roomId: roomId ?? null };
    const repo = this.repo();
    const counts = await repo.progress(scope, voterKeyOf(user));
    const statement = await repo.nextUnvoted(scope, voterKeyOf(user));
    return {
      statement: statement ? toStatement(statement, null) : null,
      total: counts.total,
      voted: counts.voted,
      canVote: SynthesisPolicy.canVote(user, consultation.status),
    };
  }

  /**
   * One vote per person and statement, changeable. The statement row is locked for the
   * transaction, so two votes at once (even by the same person) keep the counters exact.
   */
  async vote(user: UserEntity, statementId: string, choice: VoteChoice): Promise<Statement> {
    const statement = await this.repo().find(statementId);
    if (!statement) throw AppError.notFound();
    const { consultation } = await this.consultations.findForUser(statement.consultationId, user);
    if (statement.hiddenAt) throw AppError.notFound();
    if (!SynthesisPolicy.canVote(user, consultation.status)) throw AppError.conflict('synthesis.voting_closed');
    const value = VOTE_CODES[choice];
    const voterKey = voterKeyOf(user);
    await this.db.transaction(async (m) => {
      const repo = new StatementsRepository(m);
      await repo.lock(statementId);
      const previous = await repo.voteOf(statementId, voterKey);
      if (previous === value) return;
      await repo.upsertVote({
        statementId,
        voterKey,
        consultationId: statement.consultationId,
        userId: user.id,
        vote: value,
        category: user.category,
      });
      await repo.count(statementId, value, previous);
      // Voting is taking part: the stakeholder balance counts the voter once per consultation.
      if (previous === undefined) {
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
    return toStatement(await this.repo().get(statementId), value);
  }

  async setHidden(user: UserEntity, statementId: string, hidden: boolean): Promise<Statement> {
    const repo = this.repo();
    const statement = await repo.find(statementId);
    if (!statement) throw AppError.notFound();
    await this.consultations.findForUser(statement.consultationId, user);
    if (!SynthesisPolicy.canHideStatements(user)) throw AppError.forbidden();
    await repo.setHidden(statementId, hidden);
    const mine = await this.myVotes([statementId], user);
    return toStatement(await repo.get(statementId), mine.get(statementId));
  }

  /** A past Polis conversation: its comments become statements and its votes are kept under pseudonymous voter keys. */
  async importPolis(user: UserEntity, consultationIdOrSlug: string, body: PolisImportRequest): Promise<PolisImportResult> {
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
    return this.repo().votesOf(statementIds, voterKeyOf(user));
  }

  private repo() {
    return new StatementsRepository(this.db.manager);
  }
}

/** A person's votes are kept under their user id (imported voters under their import's key). */
const voterKeyOf = (user: UserEntity) => `u:${user.id}`;

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
  const repo = new StatementsRepository(m);
  const ids = new Map<string, string>();
  for (const s of conversation.statements) {
    const text = shorten(s.text || `#${s.id}`).slice(0, 300);
    const id = await repo.upsertImported({
      consultationId,
      roomId,
      text,
      language: detectLanguage(text).language,
      origin,
      externalRef: `${origin}:${batch}:${s.id}`.slice(0, 120),
      createdById: userId,
      hiddenAt: s.moderated < 0 ? new Date() : null,
    });
    ids.set(s.id, id);
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
    await repo.upsertImportedVotes({
      consultationId,
      statementIds: chunk.map((r) => r.statementId),
      voterKeys: chunk.map((r) => r.voter),
      votes: chunk.map((r) => r.vote),
      categories: chunk.map((r) => r.category),
    });
  }
  await repo.recount([...ids.values()]);
  return { statements: ids.size, votes: rows.length, participants: new Set(rows.map((r) => r.voter)).size, format: conversation.format };
}
