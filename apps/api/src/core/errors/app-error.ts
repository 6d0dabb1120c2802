import { ERROR_STATUS, type ErrorCode, type FieldIssueCode } from '@polyphony/contracts';

export interface FieldProblem {
  path: string;
  code: FieldIssueCode;
  params?: Record<string, string | number>;
}

export interface AppErrorOptions {
  fields?: FieldProblem[];
  params?: Record<string, string | number>;
  /**
   * Only where one code answers two situations (a token gone is 410, the same invitation revoked
   * twice by its official is 409): every other status comes from ERROR_STATUS in libs/contracts.
   */
  status?: number;
}

/** An expected failure: a stable code (its HTTP status read from ERROR_STATUS), and the fields at fault. */
export class AppError extends Error {
  readonly status: number;
  readonly fields: FieldProblem[];
  readonly params: Record<string, string | number>;

  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(code);
    this.status = options.status ?? ERROR_STATUS[code];
    this.fields = options.fields ?? [];
    this.params = options.params ?? {};
  }

  static notFound() {
    return new AppError('not_found');
  }
  static forbidden() {
    return new AppError('forbidden');
  }
  static unauthenticated() {
    return new AppError('unauthenticated');
  }
  static conflict(code: ErrorCode = 'conflict', fields: FieldProblem[] = []) {
    return new AppError(code, { fields });
  }
  static validation(fields: FieldProblem[]) {
    return new AppError('validation_failed', { fields });
  }
  static rateLimited(retryAfterSeconds: number) {
    return new AppError('rate_limited', { params: { seconds: retryAfterSeconds } });
  }
}
