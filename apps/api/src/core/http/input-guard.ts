import type { Request } from 'express';
import { AppError, type FieldProblem } from '../errors/app-error';

/**
 * Checks made once, at the edge, on every request: PostgreSQL refuses the NUL character in text,
 * so a NUL anywhere in the path, the query or the JSON body is answered here with the usual error
 * shape (404 for the path, 422 with the field for the rest) instead of failing deep in a query.
 */
export function assertNoNulBytes(req: Request): void {
  if (hasNul(safeDecode(req.path))) throw AppError.notFound();
  const fields = [...nulPaths(req.query, ''), ...nulPaths(req.body, '')];
  if (fields.length) throw AppError.validation(fields);
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

const hasNul = (s: string) => s.includes('\u0000');

/** Where a value holds a NUL character (in a string or in a key), as field problems. */
export function* nulPaths(value: unknown, path: string, depth = 0): Generator<FieldProblem> {
  if (depth > 32) return;
  if (typeof value === 'string') {
    if (hasNul(value)) yield { path, code: 'invalid' };
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* nulPaths(value[i], path ? `${path}.${i}` : String(i), depth + 1);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      // eslint-disable-next-line no-control-regex -- the NUL character is exactly what this guard removes
      if (hasNul(key)) yield { path: at.replace(/\u0000/g, ''), code: 'unknown_field' };
      else yield* nulPaths(v, at, depth + 1);
    }
  }
}

/** The largest value of a PostgreSQL `int` (numbers in paths are ids, versions or years). */
export const INT32_MAX = 2_147_483_647;
