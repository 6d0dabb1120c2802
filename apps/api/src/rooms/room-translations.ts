import { Injectable, Logger } from '@nestjs/common';
import { LANGUAGES, type Language, type RoomMessage } from '@polyphony/contracts';
import { renderMarkdown } from '../core/text/markdown';
import { TranslationService } from '../translation/translation.service';
import { RoomsBroadcaster } from './rooms.broadcaster';

/** The socket.io channel of a room's readers in one language (with REDIS_URL, it spans every API process). */
type RoomTranslation = NonNullable<RoomMessage['translation']>;

export const roomLanguageChannel = (roomId: string, language: Language) => `room:${roomId}:${language}`;

/** How long a new message waits for its translation before it goes out as written (the translation follows). */
const TRANSLATION_WAIT_MS = 1_000;

/**
 * Room messages in every reader language: a new (or edited) message is translated once per other language,
 * through the cached TranslationService, and sent once per language to that language's channel of the room,
 * never once per socket. Answers to one socket (join, catch-up, history) carry the translation into its
 * language from the same cache. With the engine off, readers get the originals.
 */
@Injectable()
export class RoomTranslations {
  private readonly log = new Logger('rooms');

  constructor(
    private readonly translation: TranslationService,
    private readonly broadcaster: RoomsBroadcaster,
  ) {}

  async available(): Promise<boolean> {
    return (await this.translation.status()).available;
  }

  /**
   * A new message, one event per reader: as written to its own language's channel at once, and to each other
   * language's channel with its translation inside. A translation slower than TRANSLATION_WAIT_MS lets the
   * original go first and follows as `room:message_translated` (so a busy engine never holds a message back).
   */
  async broadcastNew(message: RoomMessage): Promise<void> {
    const channel = (language: Language) => roomLanguageChannel(message.roomId, language);
    const others = LANGUAGES.filter((to) => to !== message.language);
    // A message in a language the platform does not offer has no channel of its own: every reader gets a translation.
    if (others.length < LANGUAGES.length) this.broadcaster.emitTo(channel(message.language as Language), 'message:new', message);
    const body = message.body;
    if (body === null || body.trim() === '') {
      for (const to of others) this.broadcaster.emitTo(channel(to), 'message:new', message);
      return;
    }
    await Promise.all(
      others.map(async (to) => {
        const translating = this.translateOne(message, body, to);
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((ok) => (timer = setTimeout(() => ok('late'), TRANSLATION_WAIT_MS)));
        const first = await Promise.race([translating, late]);
        clearTimeout(timer);
        if (first !== 'late') {
          this.broadcaster.emitTo(channel(to), 'message:new', first ? { ...message, translation: first } : message);
          return;
        }
        this.broadcaster.emitTo(channel(to), 'message:new', message);
        const translation = await translating;
        if (translation) this.emitTranslation(message, translation);
      }),
    );
  }

  /** Translates an edited `message` into the other languages and sends each to its channel (errors are logged). */
  async fanOut(message: RoomMessage): Promise<void> {
    if (message.body === null || message.body.trim() === '') return;
    const body = message.body;
    await Promise.all(
      LANGUAGES.filter((to) => to !== message.language).map(async (to) => {
        const translation = await this.translateOne(message, body, to);
        if (translation) this.emitTranslation(message, translation);
      }),
    );
  }

  private async translateOne(message: RoomMessage, body: string, to: Language): Promise<RoomTranslation | null> {
    try {
      const item = (await this.translation.translate([{ text: body, from: message.language }], to)).items[0];
      return item?.translation ? { from: item.from, to, body: item.translation, bodyHtml: renderMarkdown(item.translation) } : null;
    } catch (error) {
      this.log.warn(`room message ${message.id} not translated into ${to}: ${(error as Error).message}`);
      return null;
    }
  }

  private emitTranslation(message: RoomMessage, t: RoomTranslation) {
    this.broadcaster.emitTo(roomLanguageChannel(message.roomId, t.to as Language), 'room:message_translated', {
      roomId: message.roomId,
      messageId: message.id,
      rev: message.rev,
      ...t,
    });
  }

  /** `messages` with their translation into `to` (cache first, then the engine); originals only when it is off. */
  async attach(messages: RoomMessage[], to: Language): Promise<RoomMessage[]> {
    const wanted = messages.filter((m) => m.body !== null && m.language !== to);
    if (!wanted.length) return messages;
    try {
      const result = await this.translation.translate(
        wanted.map((m) => ({ text: m.body!, from: m.language })),
        to,
      );
      const byId = new Map(wanted.map((m, i) => [m.id, result.items[i]]));
      return messages.map((m) => {
        const item = byId.get(m.id);
        if (!item?.translation) return m;
        return { ...m, translation: { from: item.from, to, body: item.translation, bodyHtml: renderMarkdown(item.translation) } };
      });
    } catch (error) {
      this.log.warn(`room messages not translated into ${to}: ${(error as Error).message}`);
      return messages;
    }
  }
}
