import type { Socket } from 'socket.io';
import { DEFAULT_LANGUAGE, type SocketErrorBody } from '@polyphony/contracts';
import { translate } from '@polyphony/i18n';
import { nulPaths } from '../http/input-guard';
import type { SocketIdentity } from './socket-revocation';

/**
 * The socket.io side of input-guard: PostgreSQL refuses the NUL character in text, so an event
 * carrying one anywhere in its payload is answered here (through its acknowledgement, else a
 * `socket:error`) with `validation_failed` and the fields at fault, before any handler runs.
 */
export function refuseNulBytes(socket: Socket): void {
  socket.use(([event, ...args], next) => {
    const payloads = args.filter((a) => typeof a !== 'function');
    const fields = payloads.flatMap((p) => [...nulPaths(p, '')]);
    if (!fields.length) return next();
    const lang = (socket.data as SocketIdentity).lang ?? DEFAULT_LANGUAGE;
    const error: SocketErrorBody = {
      code: 'validation_failed',
      message: translate(lang, 'errors.validation_failed'),
      fields: fields.map((f) => ({ path: f.path || 'payload', code: f.code, message: translate(lang, `fields.${f.code}`) })),
    };
    const ack = args[args.length - 1];
    if (typeof ack === 'function') ack({ ok: false, error });
    else socket.emit('socket:error', { event: String(event), error });
  });
}
