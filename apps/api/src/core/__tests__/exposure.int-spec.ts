import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test-support/test-app';

/** What a production server shows to anyone: no metrics without the token, no API map, no HTML for a missing script. */
describe('production exposure', () => {
  let t: TestApp;
  const token = 'metrics-token-for-the-test-1234';
  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'polyphony-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Polyphony</title>');
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
    t = await startTestApp({ NODE_ENV: 'production', METRICS_TOKEN: token, WEB_DIST: web });
  });
  afterAll(() => t.close());
  const get = (url: string) => request(t.app.getHttpServer()).get(url).set('Accept', 'text/html,*/*');

  it('asks a bearer token for /api/metrics', async () => {
    expect((await get('/api/metrics')).status).toBe(401);
    expect((await get('/api/metrics').set('Authorization', 'Bearer wrong-token-of-same-size-12')).status).toBe(401);
    const ok = await get('/api/metrics').set('Authorization', `Bearer ${token}`).expect(200);
    expect(ok.text).toMatch(/polyphony_http_request_duration_seconds/);
  });

  it('does not publish the OpenAPI document in production unless asked', async () => {
    expect((await get('/api/docs-json')).status).toBe(404);
    expect((await get('/api/docs')).status).toBe(404);
  });

  it('answers 404 for a missing script and the page for client routes', async () => {
    const missing = await get('/assets/missing-5678.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toMatch(/<!doctype html>/i);
    await get('/assets/app-1234.js').expect(200);
    expect((await get('/consultations/demo').expect(200)).text).toMatch(/<title>Polyphony<\/title>/);
  });
});
