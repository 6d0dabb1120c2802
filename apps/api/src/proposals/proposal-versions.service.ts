import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { diffWords } from 'diff';
import type { Language, ProposalVersion, VersionDiff } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { TranslationService } from '../translation/translation.service';
import type { UserEntity } from '../users/user.entity';
import type { ProposalSnapshot, ProposalVersionEntity } from './proposal-version.entity';
import { ProposalVersionsRepository } from './proposal-versions.repository';
import { SNAPSHOT_FIELDS, toVersion } from './proposal.mapper';
import { ProposalsService } from './proposals.service';

const asText = (value: ProposalSnapshot[keyof ProposalSnapshot]) => (Array.isArray(value) ? value.join(', ') : (value ?? ''));

/** What people wrote (translated for readers of another language); the other fields are keys and codes. */
const TEXT_FIELDS = new Set<string>(['title', 'body', 'expectedResults']);

type Texts = Record<string, string>;

function diffOf(a: Texts, b: Texts): VersionDiff['fields'] {
  return SNAPSHOT_FIELDS.flatMap((field) => {
    if (a[field] === b[field]) return [];
    return [
      {
        field,
        parts: diffWords(a[field], b[field]).map((p) => ({ value: p.value, added: Boolean(p.added), removed: Boolean(p.removed) })),
      },
    ];
  });
}

/** The versions of a proposal and a word diff between any two of them. */
@Injectable()
export class ProposalVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalsService,
    private readonly translation: TranslationService,
  ) {}

  async list(id: string, viewer?: UserEntity): Promise<ProposalVersion[]> {
    await this.proposals.findVisible(id, viewer);
    const rows = await new ProposalVersionsRepository(this.db.manager).newestFirst(id, 500);
    return rows.map(toVersion);
  }

  async diff(id: string, from: number, to: number, viewer?: UserEntity, lang?: Language): Promise<VersionDiff> {
    const { proposal } = await this.proposals.findVisible(id, viewer);
    const rows = await new ProposalVersionsRepository(this.db.manager).numbered(id, [from, to]);
    const a = rows.find((v) => v.number === from);
    const b = rows.find((v) => v.number === to);
    if (!a || !b) throw AppError.notFound();
    const texts = (v: ProposalVersionEntity): Texts => Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, asText(v.snapshot[f])]));
    const [before, after] = [texts(a), texts(b)];
    const diff: VersionDiff = { from: toVersion(a), to: toVersion(b), fields: diffOf(before, after), language: proposal.language };
    if (!lang || lang === proposal.language || !diff.fields.some((f) => TEXT_FIELDS.has(f.field))) return diff;
    return { ...diff, translation: await this.translatedDiff(before, after, proposal.language, lang) };
  }

  /**
   * The diff between the two versions' machine translations (texts that are on the platform, so the engine may
   * be asked for them whoever reads; each is cached once). Apertium translates sentence by sentence, so what did
   * not change translates the same and the diff shows the edit.
   */
  private async translatedDiff(before: Texts, after: Texts, from: string, to: Language): Promise<VersionDiff['translation']> {
    const fields = [...TEXT_FIELDS].filter((f) => before[f] !== after[f]);
    const items = fields.flatMap((f) => [before[f], after[f]]).map((text) => ({ text, from }));
    const result = await this.translation.translate(items, to);
    const translated = result.items.map((i, n) => (items[n].text.trim() === '' ? '' : i.translation));
    if (translated.some((t) => t === null)) return undefined;
    const [a, b] = [{ ...before }, { ...after }];
    fields.forEach((f, i) => {
      a[f] = translated[2 * i]!;
      b[f] = translated[2 * i + 1]!;
    });
    return { from: result.items[0]?.from ?? from, to, fields: diffOf(a, b) };
  }
}
