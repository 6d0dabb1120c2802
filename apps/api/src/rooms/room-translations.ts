import { Injectable, Logger } from '@nestjs/common';
import { LANGUAGES, type Language, type RoomMessage } from '@polyphony/contracts';
import { renderMarkdown } from '../core/text/markdown';
import { TranslationService } from '../translation/translation.service';
import { RoomsBroadcaster } from './rooms.broadcaster';

/** The socket.io channel of a room's readers in one language (with REDIS_URL, it spans every API process). */
export const roomLanguageChannel = (roomId: string, language: Language) => `room:${roomId}:${language}`;

/**
 * Room messages in every reader language: a new (or edited) message is translated once per other language,
 * through the cached TranslationService, and sent once per language to that language's channel of the room,
 * never once per socket. Answers to one socket (join, catch-up, history) carry the translation into its
 * language from the same cache. With the engine off, nothing is sent: readers keep the originals.
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

  /** Translates `message` into the other languages and broadcasts each to its channel (errors are logged, never thrown). */
  async fanOut(message: RoomMessage): Promise<void> {
    if (message.body === null || message.body.trim() === '') return;
    const body = message.body;
    await Promise.all(
      LANGUAGES.filter((to) => to !== message.language).map(async (to) => {
        try {
          const result = await this.translation.translate([{ text: body, from: message.language }], to);
          const item = result.items[0];
          if (!item?.translation) return;
          this.broadcaster.emitTo(roomLanguageChannel(message.roomId, to), 'room:message_translated', {
            roomId: message.roomId,
            messageId: message.id,
            rev: message.rev,
            from: item.from,
            to,
            body: item.translation,
            bodyHtml: renderMarkdown(item.translation),
          });
        } catch (error) {
          this.log.warn(`room message ${message.id} not translated into ${to}: ${(error as Error).message}`);
        }
      }),
    );
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
