import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { INT32_MAX } from './input-guard';

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
