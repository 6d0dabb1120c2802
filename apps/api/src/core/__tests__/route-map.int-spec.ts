import { ROUTES, type AnyApiRoute } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';

/**
 * The contracts' route map (libs/contracts, `ROUTES`) is what the controllers' decorators and the web client
 * read. This test keeps it whole: every route the running app serves is an entry of the map, every entry is
 * served, and OpenAPI documents each one. A controller path written as a string, or an entry nobody serves
 * any more, fails here.
 */
const NOT_IN_MAP = [
  // Swagger UI and its files, and the OpenAPI document itself (SwaggerModule.setup in core/observability/openapi.ts).
  /^GET \/api\/docs(\/|-json$|-yaml$|$)/,
];
/** Prometheus text, left out of OpenAPI on purpose (@ApiExcludeController). */
const NOT_DOCUMENTED = ['GET /api/metrics'];

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/**
 * `GET /api/organisations/:idOrSlug` for each route of the Express router. A controller's route answers one
 * method; the session and JSON-body middleware (app.module.ts, RequestMethod.ALL) is mounted on every method
 * of `/api`, `/api/*path`...: those layers are not routes. Socket.io and static files are not routes either.
 */
function servedRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as unknown as { router: { stack: Layer[] } };
  return express.router.stack.flatMap((layer) => {
    const methods = Object.keys(layer.route?.methods ?? {}).filter((m) => m !== '_all');
    return methods.length === 1 ? [`${methods[0].toUpperCase()} ${layer.route!.path}`] : [];
  });
}

const entries: AnyApiRoute[] = Object.values(ROUTES).flatMap((group) => Object.values(group) as AnyApiRoute[]);
const mapped = entries.map((r) => `${r.method} /api${r.path}`);

describe('route map: the contracts map and the routes the API serves are the same', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has one entry per method and path', () => {
    expect(mapped.filter((k, i) => mapped.indexOf(k) !== i)).toEqual([]);
    expect(mapped.length).toBeGreaterThan(150);
  });

  it('serves every entry of the map, and no route outside it', () => {
    const served = servedRoutes(t);
    expect(served.filter((k) => !mapped.includes(k) && !NOT_IN_MAP.some((pattern) => pattern.test(k)))).toEqual([]);
    expect(mapped.filter((k) => !served.includes(k))).toEqual([]);
  });

  it('documents every entry in OpenAPI, under the same method and path', async () => {
    const doc = (await (await t.client()).get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(mapped.filter((k) => !documented.includes(k) && !NOT_DOCUMENTED.includes(k))).toEqual([]);
  });
});
