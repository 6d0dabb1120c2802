import type { ErrorCode, FieldIssueCode } from '@polyphony/contracts';

export interface FieldProblem {
  path: string;
  code: FieldIssueCode;
  params?: Record<string, string | number>;
}

/** An expected failure: a stable code, an HTTP status, and the fields at fault. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly fields: FieldProblem[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }

  static notFound() {
    return new AppError('not_found', 404);
  }
  static forbidden() {
    return new AppError('forbidden', 403);
  }
  static unauthenticated() {
    return new AppError('unauthenticated', 401);
  }
  static conflict(code: ErrorCode = 'conflict', fields: FieldProblem[] = []) {
    return new AppError(code, 409, fields);
  }
  static validation(fields: FieldProblem[]) {
    return new AppError('validation_failed', 422, fields);
  }
  static rateLimited(retryAfterSeconds: number) {
    return new AppError('rate_limited', 429, [], { seconds: retryAfterSeconds });
  }
}
