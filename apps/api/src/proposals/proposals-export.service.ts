import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { csvSeparatorFor, pickTranslation, type CsvSeparator, type Language } from '@polyphony/contracts';
import { serverI18n } from '@polyphony/i18n';
import { writeCsv, type CsvCell } from '../core/export/csv';
import { exportLabels } from '../core/export/export-labels';
import { TerritoryService } from '../territory/territory.service';
import { AppError } from '../core/errors/app-error';
import { TranslationService } from '../translation/translation.service';
import type { UserEntity } from '../users/user.entity';
import { ProposalsPolicy } from './proposals.policy';
import { ProposalsRepository } from './proposals.repository';

const PAGE = 300;
const FIELDS = ['title', 'body', 'expected_results'] as const;
const FIELD_KEYS = { title: 'title', body: 'body', expected_results: 'expectedResults' } as const;

/**
 * Published proposals as CSV for officials, labelled in the export's language (statuses, categories,
 * dates in the territory's time zone), separated as that language's spreadsheets expect: each text as
 * written, with its language, beside its machine translation into the export's language (from the cache; the missing ones through the engine in bulk, bounded).
 */
@Injectable()
export class ProposalsExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly translation: TranslationService,
    private readonly territory: TerritoryService,
  ) {}

  async write(out: Writable, actor: UserEntity, to: Language, consultationId?: string, separator?: CsvSeparator): Promise<void> {
    if (!ProposalsPolicy.canExport(actor)) throw AppError.forbidden();
    const labels = exportLabels(to, await this.territory.timeZone());
    const col = (key: string) => labels.t('proposals', `export.${key}`);
    const translatedInto = serverI18n().getFixedT(to, 'translation')('export.machineTranslation', { language: labels.language(to) });
    const header = [
      col('reference'),
      col('consultation'),
      col('status'),
      col('hidden'),
      col('submittedAt'),
      col('author'),
      col('category'),
      col('organisations'),
      col('supports'),
      col('endorsements'),
      col('comments'),
      labels.t('translation', 'export.language'),
      ...FIELDS.map((f) => col(FIELD_KEYS[f])),
      ...FIELDS.map((f) => `${col(FIELD_KEYS[f])} (${translatedInto})`),
    ];
    await writeCsv(out, header, this.rows(to, labels, consultationId), { separator: separator ?? csvSeparatorFor(to) });
  }

  private async *rows(to: Language, labels: ReturnType<typeof exportLabels>, consultationId?: string): AsyncGenerator<CsvCell[]> {
    let after: [string, string] | null = null;
    for (;;) {
      const page = await new ProposalsRepository(this.db.manager).exportPage(consultationId, after, PAGE);
      if (!page.length) return;
      const texts = page.flatMap((p) => FIELDS.map((f) => ({ text: p[f] ?? '', from: p.language })));
      const translated = await this.translation.forExport(texts, to);
      for (const [i, p] of page.entries()) {
        const mine = translated.slice(i * FIELDS.length, (i + 1) * FIELDS.length);
        yield [
          p.id,
          p.consultation_title ? pickTranslation(p.consultation_title, to) : '',
          labels.t('proposals', `status.${p.status}`),
          labels.yesNo(!!p.hidden_at),
          labels.date(p.submitted_at),
          p.author_name ?? '',
          labels.category(p.author_category),
          p.organisations ?? '',
          p.support_count,
          p.endorsement_count,
          p.comment_count,
          labels.language(p.language),
          ...FIELDS.map((f) => p[f] ?? ''),
          ...mine.map((t) => t ?? ''),
        ];
      }
      if (page.length < PAGE) return;
      const last = page[page.length - 1];
      after = [last.at, last.id];
    }
  }
}
