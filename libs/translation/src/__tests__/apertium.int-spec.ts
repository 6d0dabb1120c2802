import { execFileSync, execSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApertiumTranslator, TranslationError } from '../index';
import { ApertiumPipeline } from '../pipeline';

const realTranslate = ApertiumPipeline.prototype.translate;

// Real Apertium (installed by .ci/run and the Dockerfile): no stand-in for the engine itself.
jest.setTimeout(120_000);

describe('ApertiumTranslator on the real binaries', () => {
  const translator = new ApertiumTranslator({ size: 2, timeoutMs: 60_000 });
  afterAll(() => translator.close());

  it('reports every direction between fr, es, ca and en, fr<->en through Spanish', async () => {
    const status = await translator.available();
    expect(status).toMatchObject({ engine: 'apertium', available: true });
    expect(status.directions).toHaveLength(12);
    expect(status.directions.filter((d) => d.via)).toHaveLength(2);
    expect(translator.engineVersion).toMatch(/^apertium-3\.\d+\.\d+.*\+[0-9a-f]{10}$/);
  });

  it('translates in every direction', async () => {
    const samples = {
      ca: 'La ciutat ha de participar en les xarxes europees.',
      es: 'La ciudad tiene que participar en las redes europeas.',
      fr: 'La ville doit participer aux réseaux européens.',
      en: 'The city must take part in the European networks.',
    } as const;
    const expected: Record<string, RegExp> = { ca: /ciutat/i, es: /ciudad/i, fr: /ville/i, en: /city/i };
    for (const from of ['ca', 'es', 'fr', 'en'] as const)
      for (const to of ['ca', 'es', 'fr', 'en'] as const) {
        if (from === to) continue;
        const [out] = await translator.translate([samples[from]], from, to);
        expect({ from, to, out, ok: expected[to].test(out) }).toMatchObject({ ok: true });
      }
  });

  it('keeps the order, the framing and the reserved characters of many texts', async () => {
    const texts = Array.from({ length: 60 }, (_, i) => `Text ${i}: bon dia [nota] a@b.cat <b>~${i}</b> #${i} \\ $ ^ {x}`);
    texts.push('', '   ', '\n Bon dia.\n');
    const out = await translator.translate(texts, 'ca', 'es');
    expect(out).toHaveLength(texts.length);
    out.slice(0, 60).forEach((line, i) => {
      expect(line).toBe(`Texto ${i}: buenos días [nota] a@b.cat <b>~${i}</b> #${i} \\ $ ^ {x}`);
    });
    expect(out.slice(60)).toEqual(['', '   ', '\n Buenos días.\n']);
    // Never one process per text: at most the pool's size per mode.
    expect(translator.pipelines()['cat-spa']).toBeLessThanOrEqual(2);
  });

  it('runs a text through a mode once when two directions need it at the same time (fr->es and fr->en via es)', async () => {
    const calls: string[] = [];
    // Counts the real pipelines' calls by mode (each call still goes to Apertium).
    const spy = jest.spyOn(ApertiumPipeline.prototype, 'translate').mockImplementation(function (this: ApertiumPipeline, text: string) {
      calls.push(this.mode);
      return realTranslate.call(this, text);
    });
    const text = 'Les jumelages avec Dakar et Saint-Louis doivent impliquer les écoles.';
    try {
      const [[es], [en]] = await Promise.all([translator.translate([text], 'fr', 'es'), translator.translate([text], 'fr', 'en')]);
      expect(es).toMatch(/escuelas/i);
      expect(en).toMatch(/schools/i);
      expect(calls.filter((m) => m === 'fr-es')).toHaveLength(1);
      expect(calls.filter((m) => m === 'spa-eng')).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps paragraphs', async () => {
    const [out] = await translator.translate(['Primer paràgraf.\n\nSegon paràgraf, amb una llista:\n- una\n- dues'], 'ca', 'es');
    expect(out).toBe('Primer párrafo.\n\nSegundo párrafo, con una lista:\n- una\n- dos');
  });

  it('keeps a script alive while it awaits a translation, and lets it exit once idle', () => {
    const index = join(__dirname, '..', 'index.ts');
    const script = `const { ApertiumTranslator } = require(${JSON.stringify(index)});
      new ApertiumTranslator().translate(['Bon dia'], 'ca', 'es').then((out) => console.log(JSON.stringify(out)));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { timeout: 60_000 }).toString();
    expect(out.trim()).toBe('["Buenos días"]');
  });

  it('returns the texts as they are when the languages match', async () => {
    expect(await translator.translate(['Hola'], 'es', 'es')).toEqual(['Hola']);
  });
});

describe('ApertiumTranslator when a pipeline misbehaves', () => {
  // Real processes standing in for a broken pair: a mode that never answers and one that dies.
  const modesDir = (name: string, body: string) => {
    const dir = mkdtempSync(join(tmpdir(), `apertium-${name}-`));
    writeFileSync(join(dir, 'stage'), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, 'stage'), 0o755);
    writeFileSync(join(dir, 'cat-spa.mode'), `'${join(dir, 'stage')}'`);
    return dir;
  };

  it('times out a silent pipeline, kills it and starts a fresh one', async () => {
    const translator = new ApertiumTranslator({ modesDir: modesDir('silent', 'exec sleep 30'), timeoutMs: 300 });
    await expect(translator.translate(['Bon dia'], 'ca', 'es')).rejects.toMatchObject({ code: 'timeout' });
    expect(translator.pipelines()).toEqual({ 'cat-spa': 0 });
    await expect(translator.translate(['Bon dia'], 'ca', 'es')).rejects.toMatchObject({ code: 'timeout' });
    await translator.close();
  });

  it('reports a pipeline that exits as a failure, not as a translation', async () => {
    const translator = new ApertiumTranslator({ modesDir: modesDir('dying', 'exit 3'), timeoutMs: 5_000 });
    const error = await translator.translate(['Bon dia'], 'ca', 'es').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranslationError);
    expect(error).toMatchObject({ code: 'engine_failed' });
    await translator.close();
  });

  it('restarts a pipeline killed under it', async () => {
    // The pipeline is a bash process group started by this process; earlier tests' pipelines may still be
    // exiting, so the one to end is the one that was not there before.
    const pipelinePids = () =>
      execSync(`ps -o pid=,args= --ppid ${process.pid}`)
        .toString()
        .split('\n')
        .filter((line) => / bash -c .* apertium-cat-spa -n/.test(` ${line.trim()}`))
        .map((line) => line.trim().split(' ')[0]);
    const before = new Set(pipelinePids());
    const translator = new ApertiumTranslator({ size: 1, timeoutMs: 60_000 });
    expect(await translator.translate(['Bon dia'], 'ca', 'es')).toEqual(['Buenos días']);
    const pids = pipelinePids().filter((pid) => !before.has(pid));
    expect(pids.length).toBe(1);
    process.kill(-Number(pids[0]), 'SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    expect(await translator.translate(['Bona nit'], 'ca', 'es')).toEqual(['Buenas noches']);
    await translator.close();
  });

  it('is unavailable, with the install line, when no language data is there', async () => {
    const translator = new ApertiumTranslator({ modesDir: '/nonexistent/apertium/modes' });
    const status = await translator.available();
    expect(status).toMatchObject({ available: false, install: expect.stringContaining('apt-get install apertium apertium-spa-cat') });
    await expect(translator.translate(['Hola'], 'es', 'ca')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
