import { AppError } from '../errors/app-error';
import { isUuid } from './params';

/** Opaque keyset cursors: the sort key values of the last row of the previous page. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === arity && parsed.every((v, i) => validPart(v, i === arity - 1))) return parsed;
  } catch {
    /* fall through */
  }
  throw AppError.validation([{ path: 'cursor', code: 'invalid' }]);
}

/**
 * Every cursor ends with a row id (a uuid); the sort keys before it are numbers or short texts
 * (timestamps, names). Anything else is refused here, for every list; a text that is not the
 * timestamp a list expects is refused by PostgreSQL and answered 422 by the error filter.
 */
function validPart(value: unknown, last: boolean): boolean {
  if (last) return isUuid(value);
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.length <= 500 && !value.includes('\u0000');
}

/** Fetch limit+1 rows, then split into the page and the next cursor. */
export function toPage<T>(rows: T[], limit: number, key: (row: T) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(key(items[items.length - 1])) : null;
  return { items, nextCursor };
}

/** Prefix search terms for to_tsquery('simple', ...), safe from tsquery syntax. */
export function prefixQuery(q: string | undefined): string | undefined {
  const words =
    (q ?? '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : undefined;
}
