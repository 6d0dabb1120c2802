import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { INT32_MAX } from './input-guard';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A text PostgreSQL reads as a uuid (any version): checked before a query, so that a path or a field
 * that cannot name a row answers 404 (or is skipped) instead of reaching the database.
 */
export function isUuid(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * `@Param('id', UuidParam) id: string`: a uuid, else 404 (a malformed id names nothing).
 * Shared by every route with an id in its path.
 */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw AppError.notFound();
    return value;
  }
}

export const UuidParam = new UuidParamPipe();

/**
 * `@Param('n', IntParam) n: number`: a whole number in PostgreSQL's `int` range, else 404
 * (a number that cannot exist names nothing). Shared by every route with a number in its path.
 */
@Injectable()
export class IntParamPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^\d{1,10}$/.test(value)) throw AppError.notFound();
    const n = Number(value);
    if (n > INT32_MAX) throw AppError.notFound();
    return n;
  }
}

export const IntParam = new IntParamPipe();
