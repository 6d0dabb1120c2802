import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  pickTranslation,
  TAXONOMY_KINDS,
  type CreateTaxonomyEntryRequest,
  type Language,
  type Taxonomy,
  type TaxonomyEntry,
  type TaxonomyKind,
  type TranslatedText,
  type UpdateTaxonomyEntryRequest,
} from '@polyphony/contracts';
import { AppError, type FieldProblem } from '../core/errors/app-error';
import { slugify } from '../core/text/slug';
import { TaxonomyRepository } from './taxonomy.repository';

/** A key from a label: "Fons europeus i internacionals" -> "fons_europeus_i_internacionals". */
export function keyFromLabel(label: string): string {
  return slugify(label, 'entry', { separator: '_', maxLength: 32 });
}

export type TaxonomyLabel = (kind: TaxonomyKind, key: string) => string;

/** Keys to check, per kind, with the request path each came from (for the 422's fields). */
export type KeyUses = Partial<Record<TaxonomyKind, { path: string; key: string }[]>>;

/** The territory's vocabulary: lines, regions, agendas and units, as rows with translations. */
@Injectable()
export class TaxonomyService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async all(): Promise<Taxonomy> {
    const out = Object.fromEntries(TAXONOMY_KINDS.map((k) => [k, [] as TaxonomyEntry[]])) as Taxonomy;
    for (const e of await new TaxonomyRepository(this.db.manager).list()) out[e.kind].push(e);
    return out;
  }

  /** A function naming any key in the reader's language (the key itself for a value outside the taxonomy). */
  async labeller(lang: Language): Promise<TaxonomyLabel> {
    const entries = await new TaxonomyRepository(this.db.manager).list();
    const byKey = new Map(entries.map((e) => [`${e.kind}:${e.key}`, e.label]));
    return (kind, key) => {
      const label = byKey.get(`${kind}:${key}`);
      return label ? pickTranslation(label, lang) || key : key;
    };
  }

  /** Adds an entry at the end of its list; a key derived from the label gets a number when taken. */
  async create(
    input: CreateTaxonomyEntryRequest,
    manager: EntityManager = this.db.manager,
    /** The language a derived key comes from (the territory's default one at setup). */
    keyLanguage?: Language,
  ): Promise<TaxonomyEntry> {
    const repo = new TaxonomyRepository(manager);
    let key = input.key;
    if (key) {
      if (await repo.keyTaken(input.kind, key)) throw AppError.conflict('taxonomy.key_taken', [{ path: 'key', code: 'duplicate_key' }]);
    } else {
      const base = keyFromLabel((keyLanguage && input.label[keyLanguage]) || Object.values(input.label).find(Boolean) || '');
      key = base;
      for (let n = 2; await repo.keyTaken(input.kind, key); n++) key = `${base.slice(0, 29).replace(/_+$/, '')}_${n}`;
    }
    return repo.insert(input.kind, key, cleanLabel(input.label), await repo.nextPosition(input.kind));
  }

  async update(id: string, input: UpdateTaxonomyEntryRequest): Promise<TaxonomyEntry> {
    const repo = new TaxonomyRepository(this.db.manager);
    if (!(await repo.findById(id))) throw AppError.notFound();
    await repo.update(id, {
      ...(input.label && { label: cleanLabel(input.label) }),
      ...(input.position !== undefined && { position: input.position }),
    });
    return (await repo.findById(id))!;
  }

  /** Removal is refused while anything points at the entry (409 taxonomy.in_use, with the count). */
  async remove(id: string, lang: Language): Promise<void> {
    await this.db.transaction(async (manager) => {
      const repo = new TaxonomyRepository(manager);
      const entry = await repo.lock(id);
      if (!entry) throw AppError.notFound();
      const count = await repo.uses(entry.kind, entry.key);
      if (count > 0) throw new AppError('taxonomy.in_use', { params: { label: pickTranslation(entry.label, lang) || entry.key, count } });
      await repo.remove(id);
    });
  }

  /** Refuses keys that are not in the taxonomy (422 invalid_option on each field at fault). */
  async assertKnown(uses: KeyUses, manager: EntityManager = this.db.manager): Promise<void> {
    const repo = new TaxonomyRepository(manager);
    const fields: FieldProblem[] = [];
    for (const kind of Object.keys(uses) as TaxonomyKind[]) {
      const list = uses[kind] ?? [];
      const missing = new Set(
        await repo.missing(
          kind,
          list.map((u) => u.key),
        ),
      );
      for (const u of list) if (missing.has(u.key)) fields.push({ path: u.path, code: 'invalid_option' });
    }
    if (fields.length) throw AppError.validation(fields);
  }
}

function cleanLabel(label: TranslatedText): TranslatedText {
  return Object.fromEntries(Object.entries(label).filter(([, v]) => Boolean(v?.trim())));
}
