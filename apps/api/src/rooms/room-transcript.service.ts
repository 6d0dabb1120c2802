import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { csvText } from '../core/export/csv';
import { exportLabels } from '../core/export/export-labels';
import { csvSeparatorFor, pickTranslation, type CsvSeparator, type Language } from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';
import { AppError } from '../core/errors/app-error';
import type { UserEntity } from '../users/user.entity';
import { RoomMessagesRepository } from './room-messages.repository';
import { RoomsPolicy } from './rooms.policy';
import { RoomsService } from './rooms.service';
import { TerritoryService } from '../territory/territory.service';
import { TranslationService } from '../translation/translation.service';

export interface TranscriptFile {
  filename: string;
  contentType: string;
  body: string;
}

const escapeMarkdownLine = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

/**
 * Transcripts for officials: every message in order, hidden ones marked (without their text), deleted ones left
 * out; as written, or in one language (machine translations from the cache, marked, with the original kept).
 */
@Injectable()
export class RoomTranscriptService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomsService,
    private readonly territory: TerritoryService,
    private readonly translation: TranslationService,
  ) {}

  async export(
    actor: UserEntity,
    roomId: string,
    format: 'md' | 'csv',
    requested?: Language,
    /** The messages in this language; absent: as written. */
    language?: Language,
    /** CSV only; default: what spreadsheets expect in the headings' language. */
    separator?: CsvSeparator,
  ): Promise<TranscriptFile> {
    if (!RoomsPolicy.canExport(actor)) throw AppError.forbidden();
    const { room, consultation } = await this.rooms.access(roomId, actor);
    const lang = requested ?? (room.languages.includes(actor.preferredLanguage) ? actor.preferredLanguage : room.languages[0]);
    const t = serverI18n().getFixedT(lang, 'rooms');
    const category = serverI18n().getFixedT(lang, 'web');
    const rows = await new RoomMessagesRepository(this.db.manager).transcript(room.id);
    const shown = rows.filter((r) => !r.hidden_at);
    // From the cache (live rooms translate as people write); what is missing goes to the engine in bulk, bounded.
    const translated = language
      ? await this.translation.forExport(
          shown.map((r) => ({ text: r.body, from: r.language })),
          language,
        )
      : [];
    const translations = new Map(shown.map((r, i) => [r.id, translated[i] ?? null]));
    const mt = serverI18n().getFixedT(lang, 'translation');
    const title = pickTranslation(room.title, lang);
    const slug =
      title
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || 'room';
    const itemTitle = (i: number | null) => (i === null || !room.agenda[i] ? '' : pickTranslation(room.agenda[i].title, lang));

    if (format === 'csv') {
      const labels = exportLabels(lang, await this.territory.timeZone());
      const col = (key: string) => t(`transcript.columns.${key}`);
      const header = [
        ...['seq', 'at', 'author', 'category', 'organisation', 'language', 'agendaItem', 'replyTo', 'keyPoint', 'pinned'],
        ...['hiddenReason', 'agree', 'disagree', 'plusOne', 'text', ...(language ? ['translatedFrom', 'original'] : [])],
      ].map(col);
      const lines = rows.map((r) => [
        r.seq,
        labels.date(r.created_at),
        r.author_name ?? '',
        labels.category(r.author_category),
        r.organisation_name ?? '',
        labels.language(r.language),
        itemTitle(r.agenda_index),
        r.reply_seq ?? '',
        labels.yesNo(!!r.key_point),
        labels.yesNo(!!r.pinned_at),
        r.hidden_at ? (r.hidden_reason ?? '') : '',
        r.reactions?.agree ?? 0,
        r.reactions?.disagree ?? 0,
        r.reactions?.plus_one ?? 0,
        r.hidden_at ? '' : (translations.get(r.id) ?? r.body),
        ...(language ? [translations.get(r.id) ? labels.language(r.language) : '', r.hidden_at ? '' : r.body] : []),
      ]);
      return {
        filename: `${slug}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: csvText(header, lines, { separator: separator ?? csvSeparatorFor(lang) }),
      };
    }

    // Times as the territory reads them, whatever the server's own zone.
    const timeZone = await this.territory.timeZone();
    const fmt = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone });
    const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone });
    const out: string[] = [
      `# ${title}`,
      '',
      `${t('transcript.consultation')}: ${pickTranslation(consultation.title, lang)}  `,
      `${t('transcript.schedule')}: ${fmt.format(room.startsAt)} – ${fmt.format(room.endsAt)}  `,
      `${t('transcript.messages', { count: rows.length })}`,
      '',
    ];
    if (room.agenda.length) {
      out.push(
        `## ${t('transcript.agenda')}`,
        '',
        ...room.agenda.map((a, i) => `${i + 1}. ${pickTranslation(a.title, lang)} (${time.format(new Date(a.startsAt))})`),
        '',
      );
    }
    let section: number | null | undefined;
    for (const r of rows) {
      if (r.agenda_index !== section) {
        section = r.agenda_index;
        if (section !== null && room.agenda[section]) out.push(`## ${section + 1}. ${itemTitle(section)}`, '');
      }
      const who = [r.author_name ?? '—', category(`categories.${r.author_category}`), r.organisation_name].filter(Boolean).join(', ');
      const marks = [r.key_point ? `**${t('transcript.keyPoint')}**` : '', r.reply_seq ? t('transcript.replyTo', { seq: r.reply_seq }) : '']
        .filter(Boolean)
        .join(' · ');
      out.push(`**#${r.seq} · ${time.format(new Date(r.created_at))} · ${who}**${marks ? ` — ${marks}` : ''}`);
      const translation = translations.get(r.id);
      if (r.hidden_at) out.push(`> _${t('transcript.hidden', { reason: r.hidden_reason ?? '' })}_`, '');
      else if (translation)
        out.push(
          escapeMarkdownLine(translation),
          `> _${mt(`machineTranslatedFrom.${r.language}`)}_ — ${mt('original', { language: mt(`languages.${r.language}`) })}:`,
          escapeMarkdownLine(r.body),
          '',
        );
      else out.push(escapeMarkdownLine(r.body), '');
    }
    return { filename: `${slug}.md`, contentType: 'text/markdown; charset=utf-8', body: out.join('\n') };
  }
}
