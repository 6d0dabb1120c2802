import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ThemesResult } from '@polyphony/synthesis';
import type { LiveRoomSynthesis } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { ConsultationsService } from '../consultations/consultations.service';
import { JobsService } from '../jobs/jobs.service';
import type { UserEntity } from '../users/user.entity';
import { SynthesisPolicy } from './synthesis.policy';
import { renderMarkdown } from '../core/text/markdown';
import { TranslationService } from '../translation/translation.service';
import { SYNTHESIS_TASKS } from './synthesis-runs.service';
import { pivotInput } from './synthesis-pivots';
import { SynthesisRepository } from './synthesis.repository';

/** Re-runs at most this often per room, however fast messages come (the debounce). */
export const LIVE_MIN_INTERVAL_MS = 1500;

interface LiveState {
  /** The number of themes chosen by the last full computation, and for how many messages. */
  k?: number;
  kMessages?: number;
  signature: string;
  result?: LiveRoomSynthesis;
  computing?: Promise<LiveRoomSynthesis>;
  computingSignature?: string;
  lastStarted: number;
}

/**
 * The synthesis panel of an open room: the panel polls every few seconds; the room's messages
 * are re-clustered (in a worker thread) only when they changed since the last result (count and
 * latest edit of the room's contributions), at most once per LIVE_MIN_INTERVAL_MS per room.
 * While a newer result is computed the previous one is returned with `updating: true`.
 * New messages therefore show within poll interval + debounce + compute (< 5 s).
 * Incremental where it pays: the number of themes is chosen once (the costly part) and kept for
 * the updates that follow, until the room has grown by a quarter.
 */
@Injectable()
export class RoomLiveSynthesisService {
  private readonly rooms = new Map<string, LiveState>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationsService,
    private readonly jobs: JobsService,
    private readonly translation: TranslationService,
  ) {}

  async live(roomId: string, user: UserEntity): Promise<LiveRoomSynthesis> {
    const repo = new SynthesisRepository(this.db.manager);
    const room = await repo.room(roomId);
    if (!room) throw AppError.notFound();
    const { isFacilitator } = await this.consultations.findForUser(room.consultationId, user);
    if (!SynthesisPolicy.canRun(user, isFacilitator)) throw AppError.forbidden();
    const signature = await repo.roomSignature(room.consultationId, roomId);
    const state = this.rooms.get(roomId) ?? { signature: '', lastStarted: 0 };
    this.rooms.set(roomId, state);
    if (state.result && state.signature === signature) return state.result;
    if (!state.computing && state.computingSignature !== signature) {
      const wait = Math.max(0, state.lastStarted + LIVE_MIN_INTERVAL_MS - Date.now());
      if (wait === 0 || !state.result) {
        state.lastStarted = Date.now();
        state.computingSignature = signature;
        state.computing = this.compute(room.consultationId, roomId, state)
          .then((result) => {
            state.result = result;
            state.signature = signature;
            return result;
          })
          .finally(() => {
            state.computing = undefined;
            state.computingSignature = undefined;
          });
      }
    }
    if (!state.result && state.computing) return state.computing;
    return { ...state.result!, updating: true };
  }

  /** The live computation itself, for the room's messages. */
  async compute(consultationId: string, roomId: string, state: Pick<LiveState, 'k' | 'kMessages'> = {}): Promise<LiveRoomSynthesis> {
    const started = performance.now();
    const rows = await new SynthesisRepository(this.db.manager).scopeContributions(consultationId, roomId);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const keepK = state.k !== undefined && state.kMessages !== undefined && rows.length <= state.kMessages * 1.25;
    const result = rows.length
      ? await this.jobs.compute<ThemesResult>(
          { module: SYNTHESIS_TASKS, fn: 'themes' },
          {
            contributions: await pivotInput(rows, this.translation),
            options: { quotes: 2, ...(keepK ? { minThemes: state.k, maxThemes: state.k } : {}) },
          },
        )
      : null;
    if (result && !keepK && result.parameters.themeCount >= 2) {
      state.k = result.parameters.themeCount;
      state.kMessages = rows.length;
    }
    return {
      roomId,
      messages: rows.length,
      computedAt: new Date().toISOString(),
      updating: false,
      durationMs: Math.round(performance.now() - started),
      themes: (result?.themes ?? []).map((t) => ({
        key: t.memberIds[0],
        label: t.label,
        labelLanguage: t.labelLanguage === 'und' ? null : t.labelLanguage,
        size: t.size,
        // Messages are Markdown: the panel shows them rendered (sanitised here), in their language.
        quotes: t.quotes.map((q) => {
          const row = byId.get(q.id);
          const text = row?.text ?? q.text;
          return { id: q.id, text, html: renderMarkdown(text), language: row && row.language !== 'und' ? row.language : null };
        }),
        byCategory: t.byCategory,
      })),
      answers: (result?.answers ?? []).map((a) => ({ value: a.value, count: a.count })),
      other: result?.other.size ?? rows.length,
    };
  }
}
