import type { EntityManager } from 'typeorm';
import type { TaxonomyEntry, TaxonomyKind, TranslatedText } from '@polyphony/contracts';
import { TaxonomyEntryEntity } from './taxonomy-entry.entity';
import { toTaxonomyEntry } from './taxonomy.mapper';

/**
 * Where each kind of entry is referred to, as one SQL expression counting the uses of key $1.
 * Proposals keep their key; plan sections carry it in their content; partners and indicators in a column.
 */
const USES: Record<TaxonomyKind, string> = {
  strategic_line: `(SELECT count(*) FROM proposals WHERE strategic_line = $1)
    + (SELECT count(*) FROM plan_sections WHERE deleted_at IS NULL AND content->>'strategicLine' = $1)`,
  region: `(SELECT count(*) FROM proposals WHERE $1 = ANY(regions))
    + (SELECT count(*) FROM plan_sections WHERE deleted_at IS NULL
         AND content->'geographicPriorities' @> jsonb_build_array(jsonb_build_object('region', $1::text)))
    + (SELECT count(*) FROM partner_territories WHERE region = $1)`,
  agenda: `(SELECT count(*) FROM proposals WHERE $1 = ANY(agendas))
    + (SELECT count(*) FROM plan_sections WHERE deleted_at IS NULL AND content->'agendas' ? $1)`,
  indicator_unit: `(SELECT count(*) FROM plan_indicators WHERE deleted_at IS NULL AND unit = $1)`,
};

/** All of the taxonomy's SQL; it answers entries mapped for the API (taxonomy.mapper.ts), never raw rows. */
export class TaxonomyRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(TaxonomyEntryEntity);
  }

  async list(): Promise<TaxonomyEntry[]> {
    return (await this.repo.find({ order: { kind: 'ASC', position: 'ASC', createdAt: 'ASC' } })).map(toTaxonomyEntry);
  }

  async findById(id: string): Promise<TaxonomyEntry | undefined> {
    const entry = await this.repo.findOneBy({ id });
    return entry ? toTaxonomyEntry(entry) : undefined;
  }

  /** The entry, locked until the end of the transaction (nothing starts using it while it is removed). */
  async lock(id: string): Promise<TaxonomyEntry | undefined> {
    const [row] = await this.manager.query(`SELECT id, kind, key, label, position FROM taxonomy_entries WHERE id = $1 FOR UPDATE`, [id]);
    return row ? toTaxonomyEntry(row) : undefined;
  }

  /** The keys of `keys` that are not entries of this kind. */
  async missing(kind: TaxonomyKind, keys: string[]): Promise<string[]> {
    if (!keys.length) return [];
    const rows: { key: string }[] = await this.manager.query(
      `SELECT k AS key FROM unnest($2::text[]) AS k WHERE NOT EXISTS (SELECT 1 FROM taxonomy_entries WHERE kind = $1 AND key = k)`,
      [kind, [...new Set(keys)]],
    );
    return rows.map((r) => r.key);
  }

  async keyTaken(kind: TaxonomyKind, key: string): Promise<boolean> {
    return this.repo.existsBy({ kind, key });
  }

  async nextPosition(kind: TaxonomyKind): Promise<number> {
    const [row] = await this.manager.query(`SELECT coalesce(max(position) + 1, 0)::int AS n FROM taxonomy_entries WHERE kind = $1`, [kind]);
    return row.n;
  }

  async insert(kind: TaxonomyKind, key: string, label: TranslatedText, position: number): Promise<TaxonomyEntry> {
    return toTaxonomyEntry(await this.repo.save(this.repo.create({ kind, key, label, position })));
  }

  async update(id: string, patch: Partial<Pick<TaxonomyEntryEntity, 'label' | 'position'>>): Promise<void> {
    await this.repo.update({ id }, patch);
  }

  async uses(kind: TaxonomyKind, key: string): Promise<number> {
    const [row] = await this.manager.query(`SELECT (${USES[kind]})::int AS n`, [key]);
    return row.n;
  }

  async remove(id: string): Promise<void> {
    await this.repo.delete({ id });
  }
}
