import { AppError } from './app-error';

/** Seconds a client is asked to wait when the database cannot be reached (pools reconnect within a second). */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

type DriverError = { code?: unknown; message?: unknown; driverError?: DriverError };

const codeOf = (e: DriverError): string => String(e?.driverError?.code ?? e?.code ?? '');
const messageOf = (e: DriverError): string => String(e?.driverError?.message ?? e?.message ?? '');

/**
 * The database is unreachable or dropped the connection: SQLSTATE class 08 (connection exception),
 * 57P01-57P03 (terminated, crash, cannot connect now), 53300 (too many connections), socket errors,
 * and node-postgres' own messages for a connection that died or a pool that could not connect.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as DriverError;
  if (!e || typeof e !== 'object') return false;
  const code = codeOf(e);
  if (/^08/.test(code) || ['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))
    return true;
  return /Connection terminated|terminating connection|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|connect ECONNREFUSED|not currently accepting connections|the database system is (starting up|shutting down)/i.test(
    messageOf(e),
  );
}

/**
 * PostgreSQL refused a value (SQLSTATE class 22, data exception: a text that is not a timestamp or
 * a uuid, a number out of range, a NUL byte): that value came from the request, so it is the
 * client's error, answered 422 whichever endpoint let it through.
 */
export function isDataException(error: unknown): boolean {
  const code = codeOf(error as DriverError);
  return /^22[0-9A-Z]{3}$/.test(code);
}

/** The AppError for a database failure that is not the code's fault, or undefined. */
export function databaseAppError(error: unknown): AppError | undefined {
  if (isDatabaseUnavailable(error)) return new AppError('unavailable', { params: { seconds: DATABASE_RETRY_AFTER_SECONDS } });
  if (isDataException(error)) return AppError.validation([]);
  return undefined;
}
