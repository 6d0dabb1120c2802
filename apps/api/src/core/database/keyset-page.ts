import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** How a list is paged: one sort column, the row id breaking ties, both in the same direction. */
export interface KeysetPageOptions {
  /** The query builder's alias of the listed table (`n`). */
  alias: string;
  /** The sort column's SQL name (`created_at`). */
  column: string;
  /** The decoded cursor (`decodeCursor(cursor, 2)` from `core/http/cursor`): the previous page's last sort value and id. */
  after: readonly (string | number)[] | undefined;
  /** The page size: one more row is fetched, for `toPage` to know whether a next page exists. */
  limit: number;
  direction: 'ASC' | 'DESC';
}

/**
 * Keyset pagination on (column, id): the rows after the cursor (`>` ascending, `<` descending, as one row
 * comparison that the (column, id) index answers), ordered by column then id, `limit + 1` of them.
 * Replaces any ORDER BY set before; its parameters (`keysetValue`, `keysetId`) clash with no other.
 */
export function keysetPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, options: KeysetPageOptions): SelectQueryBuilder<T> {
  const { alias, column, after, limit, direction } = options;
  const sort = `${alias}.${column}`;
  const id = `${alias}.id`;
  if (after) {
    qb.andWhere(`(${sort}, ${id}) ${direction === 'ASC' ? '>' : '<'} (:keysetValue, :keysetId)`, {
      keysetValue: after[0],
      keysetId: after[1],
    });
  }
  return qb
    .orderBy(sort, direction)
    .addOrderBy(id, direction)
    .limit(limit + 1);
}
