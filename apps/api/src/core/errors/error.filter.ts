import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorCode, ErrorResponse } from '@polyphony/contracts';
import { translate } from '@polyphony/i18n';
import { AppError } from './app-error';
import { databaseAppError } from './database-errors';
import { requestLanguage, type AuthedRequest } from '../http/request-context';

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Turns every failure into the one error shape, in the reader's language; never a stack trace. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const req = http.getRequest<AuthedRequest>();
    const res = http.getResponse<Response>();
    const error = this.toAppError(exception);
    if (error.status === 503) this.logger.warn({ err: exception, requestId: req.id }, 'database unavailable');
    else if (error.status >= 500) this.logger.error({ err: exception, requestId: req.id }, 'unexpected failure');
    else if (!(exception instanceof AppError) && !(exception instanceof HttpException)) {
      this.logger.warn({ err: exception, requestId: req.id }, 'input refused by the database');
    }
    const lang = requestLanguage(req);
    const body: ErrorResponse = {
      error: {
        code: error.code,
        message: translate(lang, `errors.${error.code}`, { ...error.params, requestId: req.id }),
        fields: error.fields.map((f) => ({ ...f, message: translate(lang, `fields.${f.code}`, f.params) })),
      },
      requestId: req.id,
    };
    if (error.code === 'rate_limited' || error.code === 'auth.login_throttled' || error.code === 'unavailable') {
      res.setHeader('Retry-After', String(error.params.seconds ?? 60));
    }
    if (!res.headersSent) res.status(error.status).json(body);
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) return exception;
    const fromDatabase = databaseAppError(exception);
    if (fromDatabase) return fromDatabase;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return new AppError(HTTP_CODES[status] ?? (status >= 500 ? 'internal' : 'validation_failed'), { status: status });
    }
    const status = (exception as { status?: number; type?: string })?.status;
    const type = (exception as { type?: string })?.type;
    if (type === 'entity.parse.failed') return new AppError('malformed_json');
    if (type === 'entity.too.large') return new AppError('payload_too_large');
    if (status && status >= 400 && status < 500 && HTTP_CODES[status]) return new AppError(HTTP_CODES[status], { status: status });
    return new AppError('internal');
  }
}
