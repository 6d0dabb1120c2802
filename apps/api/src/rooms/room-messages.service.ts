import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ROOM_LIMITS, type MessageSendPayload, type ReactionKind, type RoomMessage, type StakeholderCategory } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { RateLimitService } from '../auth/rate-limit.service';
import { ContributionsService } from '../contributions/contributions.service';
import { ModerationService } from '../moderation/moderation.service';
import { contributionLanguage } from '../contributions/fresh-contribution-cte';
import type { MessageRow } from './room.mapper';
import { RoomMessagesRepository, type LockedMessage } from './room-messages.repository';
import { RoomsPolicy } from './rooms.policy';

/** The person speaking, as known when they entered the room. */
export interface Speaker {
  userId: string;
  category: StakeholderCategory;
  country: string | null;
  organisation: { id: string; name: string } | null;
  /** Facilitators are exempt from slow mode (not from the flood limit). */
  facilitator: boolean;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Messages of rooms: every write runs in one transaction that takes the room's row lock to
 * draw the next sequence / revision number, so order holds across API processes; the
 * contribution synthesis reads is written in the same transaction.
 */
@Injectable()
export class RoomMessagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly contributions: ContributionsService,
    private readonly moderation: ModerationService,
  ) {}

  /**
   * Stores a message once per (room, author, client id); a retry answers the stored one with `duplicate`.
   * In one transaction under the author's rate-limit lock (parallel sends from many sockets cannot all
   * pass the flood limit): the facts, the send rules (RoomsPolicy.sendVerdict), then one statement for
   * the room's next numbers, the message, its contribution and the balance aggregate.
   */
  async send(speaker: Speaker, roomId: string, input: MessageSendPayload): Promise<{ message: RoomMessage; duplicate: boolean }> {
    const text = input.body.trim();
    const replyToId = input.replyToId ?? null;
    try {
      const outcome = await this.db.transaction(async (manager) => {
        await RateLimitService.lock(manager, `rooms:messages:${speaker.userId}`);
        const repo = new RoomMessagesRepository(manager);
        const facts = await repo.sendFacts({
          roomId,
          authorId: speaker.userId,
          clientId: input.clientId,
          replyToId,
          floodWindowSeconds: ROOM_LIMITS.floodWindowSeconds,
        });
        const verdict = RoomsPolicy.sendVerdict(facts, speaker.facilitator, ROOM_LIMITS);
        if (verdict.verdict !== 'ok') return verdict;
        const message = await repo.insert({
          id: randomUUID(),
          roomId,
          clientId: input.clientId,
          author: {
            userId: speaker.userId,
            category: speaker.category,
            country: speaker.country,
            organisationId: speaker.organisation?.id ?? null,
          },
          body: input.body,
          text,
          language: contributionLanguage(text),
          replyToId,
        });
        // Allowed, but the room closed while this statement waited for its lock.
        return message ? { verdict: 'ok' as const, message } : { verdict: 'not_open' as const };
      });
      switch (outcome.verdict) {
        case 'ok':
          return { message: outcome.message, duplicate: false };
        case 'not_found':
          throw AppError.notFound();
        case 'duplicate': {
          const stored = await this.repo().byClientId(roomId, speaker.userId, input.clientId);
          if (stored) return { message: stored, duplicate: true };
          throw AppError.conflict();
        }
        case 'not_open':
          throw new AppError('rooms.not_open');
        case 'muted':
          throw new AppError('rooms.muted');
        case 'flood':
          throw AppError.rateLimited(outcome.seconds);
        case 'slow':
          throw new AppError('rooms.slow_mode', { params: { seconds: outcome.seconds } });
        case 'bad_reply':
          throw AppError.validation([{ path: 'replyToId', code: 'invalid' }]);
      }
    } catch (error) {
      // Two sends of the same client id at once: the loser finds the winner's row.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        const winner = await this.repo().byClientId(roomId, speaker.userId, input.clientId);
        if (winner) return { message: winner, duplicate: true };
      }
      throw error;
    }
  }

  /** The author edits their own message within the edit window. */
  edit(speaker: Speaker, roomId: string, messageId: string, body: string) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      this.assertOwnFresh(row, speaker);
      await new RoomMessagesRepository(m).setBody(row.id, rev, body);
      await this.recordContribution(m, row.id, row.consultation_id, body, speaker, row.key_point);
    });
  }

  /** The author deletes their own message within the edit window: its text and contribution go. */
  delete(speaker: Speaker, roomId: string, messageId: string) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      this.assertOwnFresh(row, speaker);
      await new RoomMessagesRepository(m).markDeleted(row.id, rev);
      await this.contributions.remove(m, 'room_message', row.id);
    });
  }

  /** Adds or removes one's reaction; counts are recomputed from the reactions table in the same transaction. */
  react(userId: string, roomId: string, messageId: string, kind: ReactionKind, on: boolean) {
    return this.change(
      roomId,
      messageId,
      async (m, row, rev) => {
        if (row.deleted_at || row.hidden_at) throw AppError.conflict();
        await new RoomMessagesRepository(m).setReaction({ userId, roomId, messageId: row.id, rev, kind, on });
      },
      userId,
    );
  }

  pin(roomId: string, messageId: string, pinned: boolean) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      if (pinned && (row.deleted_at || row.hidden_at)) throw AppError.conflict();
      await new RoomMessagesRepository(m).setPinned(row.id, rev, pinned);
    });
  }

  /** Hidden for everyone at once; kept for the record, but out of synthesis. */
  hide(actorId: string, roomId: string, messageId: string, reason: string) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      if (row.deleted_at) throw AppError.conflict();
      await new RoomMessagesRepository(m).hide(actorId, row.id, rev, reason);
      await this.contributions.setHidden(m, 'room_message', row.id, true);
      await this.moderation.recordElsewhere(m, { targetType: 'room_message', targetId: row.id, action: 'hide', reason, actorId });
    });
  }

  /** A facilitator's pick: flagged as a key point in the contribution synthesis reads. */
  keyPoint(roomId: string, messageId: string, keyPoint: boolean) {
    return this.change(roomId, messageId, async (m, row, rev) => {
      if (row.deleted_at || row.hidden_at) throw AppError.conflict();
      await new RoomMessagesRepository(m).setKeyPoint(row.id, rev, keyPoint);
      await this.recordContribution(
        m,
        row.id,
        row.consultation_id,
        row.body,
        {
          userId: row.author_id!,
          category: row.author_category,
          country: row.author_country,
          organisation: row.organisation_id ? { id: row.organisation_id, name: '' } : null,
          facilitator: false,
        },
        keyPoint,
      );
    });
  }

  /** The latest page of messages (on arrival) or the page before `beforeSeq` (scrolling back). */
  page(roomId: string, viewerId: string | null, beforeSeq?: number, limit: number = ROOM_LIMITS.historyPage) {
    return this.repo().page(roomId, viewerId, beforeSeq ?? null, limit);
  }

  /** Every message created or changed after revision `afterRev`, in revision order (catch-up after a reconnection). */
  since(roomId: string, viewerId: string | null, afterRev: number, limit: number = ROOM_LIMITS.catchUpPage) {
    return this.repo().since(roomId, viewerId, afterRev, limit);
  }

  /** A catch-up with the room's latest revision, read first so that nothing between the two is skipped. */
  async catchUp(roomId: string, viewerId: string | null, afterRev: number) {
    const rev = await this.repo().lastRev(roomId);
    return { ...(await this.since(roomId, viewerId, afterRev)), rev };
  }

  /** Whether an author confirmed their address and accepted the privacy notice, read afresh. */
  authorStanding(userId: string) {
    return this.repo().authorStanding(userId);
  }

  pinned(roomId: string, viewerId: string | null) {
    return this.repo().pinned(roomId, viewerId);
  }

  load(manager: EntityManager, id: string, viewerId: string | null = null): Promise<RoomMessage | undefined> {
    return new RoomMessagesRepository(manager).byId(id, viewerId);
  }

  private repo() {
    return new RoomMessagesRepository(this.db.manager);
  }

  /** One change to an existing message in one transaction, giving it the room's next revision. */
  private async change(
    roomId: string,
    messageId: string,
    apply: (m: EntityManager, row: LockedMessage, rev: number) => Promise<void>,
    viewerId: string | null = null,
  ): Promise<RoomMessage> {
    await this.db.transaction(async (m) => {
      const repo = new RoomMessagesRepository(m);
      const room = await repo.nextRevision(roomId);
      if (!room) throw AppError.notFound();
      if (room.status === 'closed') throw new AppError('rooms.not_open');
      const row = await repo.lock(roomId, messageId);
      if (!row) throw AppError.notFound();
      await apply(m, { ...row, consultation_id: room.consultationId }, room.rev);
    });
    return (await this.load(this.db.manager, messageId, viewerId))!;
  }

  private assertOwnFresh(row: MessageRow, speaker: Speaker) {
    if (row.author_id !== speaker.userId) throw AppError.forbidden();
    if (row.deleted_at || row.hidden_at) throw AppError.conflict();
    if (!RoomsPolicy.withinEditWindow(new Date(row.created_at), ROOM_LIMITS.editWindowSeconds))
      throw new AppError('rooms.edit_window_passed');
  }

  private recordContribution(m: EntityManager, id: string, consultationId: string, text: string, speaker: Speaker, keyPoint = false) {
    return this.contributions.record(m, {
      source: 'room_message',
      sourceRef: id,
      consultationId,
      text,
      category: speaker.category,
      country: speaker.country,
      authorUserId: speaker.userId,
      authorOrganisationId: speaker.organisation?.id ?? null,
      keyPoint,
    });
  }
}
