import fc from 'fast-check';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { SessionsService } from '../../auth/sessions.service';
import { SESSION_COOKIE } from '../auth/cookies';
import { UserEntity } from '../../users/user.entity';

/**
 * Property-based fuzzing driven by the OpenAPI document: every operation the API publishes
 * (so a new endpoint is covered without anyone listing it), anonymous and signed in as an
 * admin, gets malformed path parameters, query strings and bodies. Whatever is sent, the API
 * never answers 5xx, and every error has the one shape `{ error: { code, message, fields }, requestId }`.
 * Seeded (FUZZ_SEED to replay another run) and bounded (FUZZ_RUNS cases per operation and identity).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyProps: string[];
  hasBody: boolean;
}

const NASTY_TEXT = [
  '',
  'a\u0000b',
  '\u0000',
  'x'.repeat(5000),
  '2147483648',
  '-1',
  '1e309',
  'NaN',
  '😀\u202e',
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '2026-13-45T99:99:99Z',
  '00000000-0000-0000-0000-000000000000',
];
const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const NASTY_CURSORS = [
  'WyJ4IiwieSJd',
  cursor(['x', '00000000-0000-0000-0000-000000000000']),
  cursor([1e308, 'y']),
  cursor({}),
  cursor([null, null]),
  cursor(['2026-01-01T00:00:00Z', 'a\u0000b']),
  '%00',
  '!!!',
];
const NASTY_PATH = [
  '%00',
  'a%00b',
  '2147483648',
  '99999999999999999999',
  '-1',
  '0',
  'x',
  '%E0%A4%A',
  '..%2F..',
  '00000000-0000-0000-0000-000000000000',
];

const text = fc.oneof(fc.constantFrom(...NASTY_TEXT), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const jsonValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, true, false, null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(text, text, { maxKeys: 3 }),
);

function operationCase(op: Operation) {
  const pathPart = fc.tuple(
    ...op.pathParams.map(() =>
      fc.oneof(fc.constantFrom(...NASTY_PATH), fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent)),
    ),
  );
  const queryPart = fc.dictionary(
    fc.oneof(fc.constantFrom(...(op.queryParams.length ? op.queryParams : ['q'])), fc.constantFrom('cursor', 'limit', 'unknown\u0000')),
    fc.oneof(text, fc.constantFrom(...NASTY_CURSORS), fc.constantFrom('2147483648', '-5', '1.5', '0')),
    { maxKeys: 4 },
  );
  const bodyPart = op.hasBody
    ? fc.oneof(
        fc.record(Object.fromEntries(op.bodyProps.map((p) => [p, jsonValue])), { requiredKeys: [] }),
        fc.dictionary(text, jsonValue, { maxKeys: 4 }),
        jsonValue,
        fc.constant('{"unterminated": '),
      )
    : fc.constant(undefined);
  return fc.record({ path: pathPart, query: queryPart, body: bodyPart });
}

function operations(doc: { paths: Record<string, Record<string, any>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const spec = item[method];
      if (!spec) continue;
      const params: { name: string; in: string }[] = spec.parameters ?? [];
      const schema = spec.requestBody?.content?.['application/json']?.schema;
      out.push({
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        bodyProps: Object.keys(schema?.properties ?? {}),
        hasBody: Boolean(schema) || method !== 'get',
      });
    }
  }
  return out;
}

describe('fuzz: every OpenAPI operation, malformed input, anonymous and signed in', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, any>> };
  let admin: UserEntity;
  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    doc = (await request(t.app.getHttpServer()).get('/api/docs-json').expect(200)).body;
    const users = t.db.getRepository(UserEntity);
    admin = await users.save(
      users.create({
        email: 'fuzz-admin@example.org',
        passwordHash: null,
        displayName: 'Fuzz Admin',
        preferredLanguage: 'en',
        category: 'official',
        country: 'ES',
        role: 'admin',
        privacyConsentAt: new Date(),
        privacyConsentVersion: 'test',
      }),
    );
  }, 60_000);
  afterAll(() => t?.close());

  /** A fresh session per operation (some operations end it: logout, account deletion) and its CSRF token. */
  async function identity(signedIn: boolean) {
    const agent = request.agent(t.app.getHttpServer());
    const cookies: string[] = [];
    if (signedIn) cookies.push(`${SESSION_COOKIE}=${await t.app.get(SessionsService).open(admin.id, {})}`);
    const csrf = await agent.get('/api/auth/csrf').set('Cookie', cookies.join('; '));
    for (const c of (csrf.headers['set-cookie'] as unknown as string[] | undefined) ?? []) cookies.push(c.split(';')[0]);
    return { cookie: cookies.join('; '), token: csrf.body.token as string };
  }

  it('never answers 5xx and always answers errors with the error shape', async () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let requests = 0;
    for (const signedIn of [false, true]) {
      for (const [index, op] of ops.entries()) {
        const who = await identity(signedIn);
        await fc
          .assert(
            fc.asyncProperty(operationCase(op), async (c) => {
              let i = 0;
              const url = op.path.replace(/\{[^}]+\}/g, () => c.path[i++] ?? 'x');
              let req = request(t.app.getHttpServer())
                [op.method](url)
                .query(c.query)
                .set('Cookie', who.cookie)
                .set('X-CSRF-Token', who.token)
                .set('Accept-Language', 'es')
                .ok(() => true);
              if (c.body !== undefined) {
                req =
                  typeof c.body === 'string' && c.body.startsWith('{"unterminated')
                    ? req.set('Content-Type', 'application/json').send(c.body)
                    : req.set('Content-Type', 'application/json').send(JSON.stringify(c.body));
              }
              const res = await req;
              requests++;
              const shapeOk =
                res.status < 400 ||
                !/json/.test(res.headers['content-type'] ?? '') ||
                (typeof res.body?.error?.code === 'string' &&
                  typeof res.body.error.message === 'string' &&
                  Array.isArray(res.body.error.fields) &&
                  typeof res.body.requestId === 'string');
              if (res.status >= 500 || !shapeOk) {
                failures.push(
                  `${op.method.toUpperCase()} ${url}?${new URLSearchParams(c.query)} (${signedIn ? 'admin' : 'anonymous'}) -> ${res.status} ${res.text.slice(0, 160)}`,
                );
                return false;
              }
              return true;
            }),
            { seed: SEED + index + (signedIn ? 10_000 : 0), numRuns: RUNS, endOnFailure: true },
          )
          .catch(() => undefined);
      }
    }
    console.log(
      `fuzz: ${requests} requests over ${ops.length} operations (anonymous and admin), seed ${SEED}, 5xx or bad shape: ${failures.length}`,
    );
    expect(failures).toEqual([]);
  }, 240_000);

  it('answers the probe’s 500s with 4xx: NUL in path, query and body; a wrong-typed cursor; a number beyond 32 bits', async () => {
    const who = await identity(true);
    const get = (url: string) => request(t.app.getHttpServer()).get(url).set('Cookie', who.cookie).set('Accept-Language', 'fr');
    expect((await get('/api/consultations/%00')).status).toBe(404);
    const q = await get('/api/proposals?q=a%00b');
    expect(q.status).toBe(422);
    expect(q.body.error.fields).toEqual([expect.objectContaining({ path: 'q', code: 'invalid' })]);
    for (const list of ['/api/consultations', '/api/organisations', '/api/proposals', '/api/users']) {
      const res = await get(`${list}?cursor=WyJ4IiwieSJd`);
      expect([list, res.status, res.body.error?.code]).toEqual([list, 422, 'validation_failed']);
      const typed = await get(`${list}?cursor=${cursor(['x', '00000000-0000-0000-0000-000000000000'])}`);
      expect([list, typed.status]).toEqual([list, list === '/api/organisations' ? 200 : 422]);
    }
    expect((await get('/api/summaries/00000000-0000-0000-0000-000000000000/2147483648')).status).toBe(404);
    const anonymous = await identity(false);
    const body = await request(t.app.getHttpServer())
      .post('/api/auth/register')
      .set('Cookie', anonymous.cookie)
      .set('X-CSRF-Token', anonymous.token)
      .send({ email: 'nul@example.org', password: 'correct-horse-battery', displayName: 'Nul\u0000Byte', acceptPrivacy: true });
    expect(body.status).toBe(422);
  });
});
