// The pivot step of the app's synthesis (apps/api/src/synthesis/synthesis-pivots.ts) on a real
// PostgreSQL translation cache: 10,000 contributions in four languages whose Spanish pivots are
// cached (as the background sweep leaves them), read through TranslationService, then themes.
import { createHash } from 'node:crypto';
// eslint-disable-next-line @nx/enforce-module-boundaries -- measures the library's sources (through tsx), without a build
import { extractThemes } from '../../../libs/synthesis/src/index';
import { generateContributions } from '../../fixtures/synthesis/corpus';
import { buildApi, fromDist, openBenchDatabase } from './bench-db';

export async function pivotBench(n: number, runs: number) {
  buildApi();
  const db = await openBenchDatabase('synthesis_pivots');
  const { createDataSource } = fromDist('core/database/data-source.js');
  const { TranslationRepository } = fromDist('translation/translation.repository.js');
  const { TranslationService } = fromDist('translation/translation.service.js');
  const { pivotInput } = fromDist('synthesis/synthesis-pivots.js');
  const ds = createDataSource(db.url);
  await ds.initialize();
  const env = { TRANSLATION_ENGINE: 'apertium', TRANSLATION_POOL_SIZE: 2, TRANSLATION_TIMEOUT_MS: 30_000 };
  const repository = new TranslationRepository(ds);
  const service = new TranslationService(env, repository, { register: () => undefined });
  const alive = setInterval(() => undefined, 60_000);
  try {
    const rows = generateContributions(n, 7).map((c) => ({ ...c, question: null }));
    // Fill the cache as the sweep would: each distinct sentence through Apertium once, texts joined.
    const version = service.translator.engineVersion;
    const sentences = new Map<string, Set<string>>();
    const split = (text: string) => text.match(/[^.!?]+[.!?]*/g)?.map((s) => s.trim()) ?? [text];
    for (const r of rows)
      if (r.language !== 'es')
        for (const s of split(r.text)) (sentences.get(r.language) ?? sentences.set(r.language, new Set()).get(r.language)!).add(s);
    const translated = new Map<string, string>();
    for (const [from, set] of sentences) {
      const list = [...set];
      const out: string[] = await service.translator.translate(list, from, 'es');
      list.forEach((s, i) => translated.set(`${from}:${s}`, out[i]));
    }
    const cache = new Map<string, { hash: Buffer; from: string; to: string; translation: string }>();
    for (const r of rows) {
      if (r.language === 'es') continue;
      const hash = createHash('sha256').update(r.text, 'utf8').digest();
      cache.set(`${hash.toString('hex')}:${r.language}`, {
        hash,
        from: r.language,
        to: 'es',
        translation: split(r.text)
          .map((s) => translated.get(`${r.language}:${s}`))
          .join(' '),
      });
    }
    const entries = [...cache.values()];
    for (let i = 0; i < entries.length; i += 2000) await repository.write(entries.slice(i, i + 2000), version);
    const times: { pivot: number; themes: number; total: number; cpu: number }[] = [];
    let summary = '';
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const cpu0 = process.cpuUsage();
      const contributions = await pivotInput(rows, service);
      const pivoted = performance.now();
      const result = extractThemes(contributions);
      const end = performance.now();
      const cpu = process.cpuUsage(cpu0);
      times.push({ pivot: pivoted - start, themes: end - pivoted, total: end - start, cpu: (cpu.user + cpu.system) / 1000 });
      summary = `${result.themes.length} themes, ${result.counts.translated} read through their pivot, ${result.other.size} other`;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      pivotMs: Math.round(median(times.map((t) => t.pivot))),
      themesMs: Math.round(median(times.map((t) => t.themes))),
      totalMs: Math.round(median(times.map((t) => t.total))),
      /** This process's CPU time (the engine and the cache reading; PostgreSQL's own work is not counted). */
      cpuMs: Math.round(median(times.map((t) => t.cpu))),
      cached: entries.length,
      summary,
    };
  } finally {
    clearInterval(alive);
    await service.translator.close();
    await ds.destroy();
    await db.close();
  }
}
