import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { ApyTranslator, defaultModesDir } from '../index';

jest.setTimeout(120_000);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

// A real Apertium-APy server (Debian package apertium-apy) on the installed pairs.
describe('ApyTranslator against a real APy server', () => {
  let apy: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    apy = spawn('apertium-apy', ['-p', String(port), '-l', '/dev/null', dirname(defaultModesDir())], { stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`${url}/listPairs`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline || apy.exitCode !== null) throw new Error('APy did not start');
      await new Promise((r) => setTimeout(r, 300));
    }
  });

  afterAll(() => {
    apy?.kill('SIGTERM');
  });

  it('lists every direction between the four languages and names its pairs in the version', async () => {
    const translator = new ApyTranslator({ url });
    const status = await translator.available();
    expect(status).toMatchObject({ engine: 'apy', available: true });
    expect(status.directions).toHaveLength(12);
    expect(translator.engineVersion).toMatch(/^apy-[0-9a-f]{10}$/);
  });

  it('translates directly and through Spanish, keeping order, lines and reserved characters', async () => {
    const translator = new ApyTranslator({ url, concurrency: 3 });
    const out = await translator.translate(['Bon dia a tothom.', '', 'Bona nit\ni fins demà [x] <b>~</b> #1'], 'ca', 'es');
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^Buen(os)? días? a todo el mundo\.$/);
    expect(out.slice(1)).toEqual(['', 'Buenas noches\ny hasta mañana [x] <b>~</b> #1']);
    const [en] = await translator.translate(['La ville doit participer aux réseaux européens.'], 'fr', 'en');
    expect(en).toMatch(/city/i);
  });

  it('is unavailable, not crashing, when the server does not answer', async () => {
    const translator = new ApyTranslator({ url: `http://127.0.0.1:${await freePort()}`, timeoutMs: 2_000 });
    const status = await translator.available();
    expect(status).toMatchObject({ available: false, reason: expect.stringContaining('did not answer') });
    await expect(translator.translate(['Hola'], 'es', 'ca')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
