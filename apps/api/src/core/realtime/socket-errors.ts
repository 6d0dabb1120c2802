import { DEFAULT_LANGUAGE, type Language, type SocketErrorBody } from '@polyphony/contracts';
import { translate } from '@polyphony/i18n';
import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { databaseAppError } from '../errors/database-errors';
import { zodIssuesToFields } from '../errors/zod-issues';

/** As over HTTP: the database gone is 'unavailable' (retry), a value it refused is the client's; anything else is ours. */
export function toAppError(error: unknown): AppError {
  return error instanceof AppError ? error : (databaseAppError(error) ?? new AppError('internal'));
}

/** The `error` of a refused acknowledgement: the code, its message and the fields' messages in the socket's language. */
export function socketErrorBody(lang: Language | undefined, error: AppError, requestId: string): SocketErrorBody {
  const reader = lang ?? DEFAULT_LANGUAGE;
  return {
    code: error.code,
    message: translate(reader, `errors.${error.code}`, { ...error.params, requestId }),
    fields: error.fields.map((f) => ({ path: f.path, code: f.code, message: translate(reader, `fields.${f.code}`, f.params) })),
  };
}

/** A socket event's payload checked against its contract: the parsed value, or the AppError to answer with. */
export function parseSocketPayload<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload ?? {}, { reportInput: true });
  if (!parsed.success) throw AppError.validation(zodIssuesToFields(parsed.error.issues));
  return parsed.data;
}
