import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type {
  Ack,
  CreateRoomRequest,
  Role,
  RoomClientToServerEvents,
  SessionClientToServerEvents,
  SessionServerToClientEvents,
  RoomServerToClientEvents,
  StakeholderCategory,
} from '@polyphony/contracts';
import type { ApiClient } from '../../../test-support/api-client';
import { SessionsService } from '../../auth/sessions.service';
import { SESSION_COOKIE } from '../../core/auth/cookies';
import type { TestApp } from '../../../test-support/test-app';
import { UserEntity } from '../../users/user.entity';

export type RoomClient = Socket<
  RoomServerToClientEvents & SessionServerToClientEvents,
  RoomClientToServerEvents & SessionClientToServerEvents
>;

export interface Person {
  id: string;
  client: ApiClient;
  cookie: string;
  displayName: string;
}

let people = 0;

/**
 * A signed-in person with a role and category, and the session cookie a socket sends. Created
 * directly (registration is rate-limited per address and covered by the auth tests).
 */
export async function person(
  t: TestApp,
  role: Role = 'participant',
  category: StakeholderCategory = 'resident',
  displayName = 'Participant',
): Promise<Person> {
  const user = await t.db.getRepository(UserEntity).save(
    t.db.getRepository(UserEntity).create({
      email: `room-${++people}-${randomUUID().slice(0, 8)}@example.org`,
      passwordHash: null,
      displayName,
      preferredLanguage: 'fr',
      category,
      country: 'ES',
      role,
      privacyConsentAt: new Date(),
      privacyConsentVersion: 'test',
    }),
  );
  const token = await t.app.get(SessionsService).open(user.id, {});
  const cookie = `${SESSION_COOKIE}=${token}`;
  const client = await t.client();
  (client.agent as unknown as { jar: { setCookie: (c: string, domain: string, path: string) => void } }).jar.setCookie(
    `${cookie}; Path=/`,
    '127.0.0.1',
    '/',
  );
  await client.refreshCsrf();
  return { id: user.id, client, cookie, displayName };
}

export const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

/** A published consultation with a facilitator, and an open room in it. */
export async function openRoom(t: TestApp, official: Person, facilitator: Person | null, room: Partial<CreateRoomRequest> = {}) {
  const c = (
    await official.client
      .post('/api/consultations', { title: { fr: 'Stratégie internationale' }, summary: { fr: 'Résumé' }, languages: ['fr'] })
      .expect(201)
  ).body;
  await official.client.post(`/api/consultations/${c.id}/status`, { status: 'published' }).expect(200);
  if (facilitator) await official.client.put(`/api/consultations/${c.id}/facilitators`, { userIds: [facilitator.id] }).expect(200);
  const created = (
    await official.client
      .post(`/api/consultations/${c.id}/rooms`, {
        title: { fr: 'Salon test' },
        languages: ['fr'],
        startsAt: inHours(-1),
        endsAt: inHours(2),
        agenda: [
          { title: { fr: 'Accueil' }, startsAt: inHours(-1) },
          { title: { fr: 'Réseaux de villes' }, startsAt: inHours(0) },
        ],
        ...room,
      })
      .expect(201)
  ).body;
  await official.client.post(`/api/rooms/${created.id}/status`, { status: 'open' }).expect(200);
  return { consultationId: c.id as string, roomId: created.id as string };
}

/** The people most room tests start with: an official (Marc Soler) and the facilitator (Irene Casals) of an open room. */
export async function staffedRoom(t: TestApp) {
  const official = await person(t, 'official', 'official', 'Marc Soler');
  const facilitator = await person(t, 'participant', 'civil_society', 'Irene Casals');
  return { official, facilitator, ...(await openRoom(t, official, facilitator)) };
}

export function port(t: TestApp): number {
  return (t.app.getHttpServer().address() as AddressInfo).port;
}

const sockets: Socket[] = [];

/** A real socket.io client on the API's port, authenticated by the session cookie. */
export async function connect(target: number | TestApp, who?: Person | null, lang = 'fr'): Promise<RoomClient> {
  const p = typeof target === 'number' ? target : port(target);
  const socket: RoomClient = io(`http://127.0.0.1:${p}`, {
    path: '/api/socket.io',
    transports: ['websocket'],
    extraHeaders: who ? { cookie: who.cookie } : {},
    auth: { lang },
    reconnection: false,
  });
  sockets.push(socket);
  await new Promise<void>((ok, no) => {
    socket.once('connect', () => ok());
    socket.once('connect_error', no);
  });
  return socket;
}

export function closeSockets() {
  for (const s of sockets.splice(0)) s.disconnect();
}

/** Emits and waits for the acknowledgement. */
export function call<E extends keyof RoomClientToServerEvents>(
  socket: RoomClient,
  event: E,
  payload: Parameters<RoomClientToServerEvents[E]>[0],
) {
  type Answer = Parameters<Parameters<RoomClientToServerEvents[E]>[1]>[0];
  // Generous: a join translates the history into the reader's language with cold Apertium pipelines (tests do not
  // warm them), which on a loaded CI machine took over 10 s. Speed is the rooms bench's to measure, not this kit's.
  return (socket.timeout(30_000) as unknown as { emitWithAck: (e: string, p: unknown) => Promise<Answer> }).emitWithAck(event, payload);
}

/** The answer's data, failing the test with the error when it is not ok. */
export async function ok<E extends keyof RoomClientToServerEvents>(
  socket: RoomClient,
  event: E,
  payload: Parameters<RoomClientToServerEvents[E]>[0],
) {
  const answer = (await call(socket, event, payload)) as Ack<Record<string, any>>;
  if (!answer.ok) throw new Error(`${event} failed: ${JSON.stringify(answer.error)}`);
  return answer as Extract<Parameters<Parameters<RoomClientToServerEvents[E]>[1]>[0], { ok: true }>;
}

export const clientId = () => randomUUID().replace(/-/g, '');

/** Resolves with the next event of that name matching the predicate. */
export function next<E extends keyof RoomServerToClientEvents>(
  socket: RoomClient,
  event: E,
  match: (...args: Parameters<RoomServerToClientEvents[E]>) => boolean = () => true,
  ms = 5000,
) {
  return new Promise<Parameters<RoomServerToClientEvents[E]>[0]>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler as never);
      reject(new Error(`no ${String(event)} within ${ms} ms`));
    }, ms);
    const handler = (...args: Parameters<RoomServerToClientEvents[E]>) => {
      if (!match(...args)) return;
      clearTimeout(timer);
      socket.off(event, handler as never);
      resolve(args[0]);
    };
    socket.on(event, handler as never);
  });
}

/** Collects every event of that name (to prove something was NOT received). */
export function record<E extends keyof RoomServerToClientEvents>(socket: RoomClient, event: E) {
  const seen: Parameters<RoomServerToClientEvents[E]>[0][] = [];
  socket.on(event, ((payload: Parameters<RoomServerToClientEvents[E]>[0]) => seen.push(payload)) as never);
  return seen;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
