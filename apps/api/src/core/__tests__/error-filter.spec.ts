import type { ArgumentsHost } from '@nestjs/common';
import { Logger, NotFoundException } from '@nestjs/common';
import { ErrorFilter } from '../errors/error.filter';
import { AppError } from '../errors/app-error';

function run(exception: unknown, headers: Record<string, string> = {}) {
  const sent: { status?: number; body?: any; headers: Record<string, string> } = { headers: {} };
  const res = {
    headersSent: false,
    setHeader: (k: string, v: string) => (sent.headers[k] = v),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ id: 'req-123', headers }), getResponse: () => res }),
  } as unknown as ArgumentsHost;
  new ErrorFilter().catch(exception, host);
  return sent;
}

describe('ErrorFilter', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('turns an unexpected failure into a 500 with a request id and no stack or internal message', () => {
    const sent = run(new TypeError('Cannot read properties of undefined (secret internals)'), { 'accept-language': 'en' });
    expect(sent.status).toBe(500);
    expect(sent.body).toEqual({
      error: { code: 'internal', message: expect.stringContaining('req-123'), fields: [] },
      requestId: 'req-123',
    });
    expect(JSON.stringify(sent.body)).not.toMatch(/secret internals|TypeError|at /);
  });

  it('keeps the status and code of expected errors and sets Retry-After on rate limits', () => {
    expect(run(new NotFoundException()).status).toBe(404);
    const limited = run(AppError.rateLimited(42), { 'accept-language': 'es-ES,es;q=0.9' });
    expect(limited.status).toBe(429);
    expect(limited.headers['Retry-After']).toBe('42');
    expect(limited.body.error.message).toBe('Demasiados intentos. Espera 42 segundos e inténtalo de nuevo.');
  });
});
