// Machine translation benchmark (real Apertium): sentences per second through one pipeline (about one core)
// and through the pool, latency per text through the pool under concurrent load (p50/p95), and the cost of a
// cache hit (one bulk read of a page's 50 texts from PostgreSQL). Prints a table, then one JSON line.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApertiumTranslator, apertiumInstalled } from '@polyphony/translation';
import { ROOT, buildApi, fromDist, openBenchDatabase } from './support/bench-db';
import { median, p95, round } from './support/stats';

type Corpus = { topics: Record<string, Record<string, string[]>> };

async function main() {
  buildApi(); // also builds @polyphony/translation, which this file loads from its dist
  if (!apertiumInstalled()) {
    console.error(
      'Apertium is not installed: apt-get install apertium apertium-spa-cat apertium-fr-es apertium-fra-cat apertium-eng-spa apertium-eng-cat',
    );
    process.exit(1);
  }
  const corpus = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/synthesis/themes-corpus.json'), 'utf8')) as Corpus;
  const base = Object.values(corpus.topics).flatMap((t) => t.ca);
  // 400 distinct Catalan sentences (numbered so that none is a repeat).
  const sentences = Array.from({ length: 400 }, (_, i) => `${base[i % base.length]} (${i})`);

  const throughput = async (size: number) => {
    const translator = new ApertiumTranslator({ size, timeoutMs: 120_000 });
    await translator.translate(Array(size).fill('Bon dia.'), 'ca', 'es'); // start the pipelines
    const started = process.hrtime.bigint();
    await translator.translate(sentences, 'ca', 'es');
    const s = Number(process.hrtime.bigint() - started) / 1e9;
    await translator.close();
    return sentences.length / s;
  };
  const perPipeline = await throughput(1);
  const pooled = await throughput(2);

  // Latency per text through the pool (2 pipelines), 4 requests in flight.
  const translator = new ApertiumTranslator({ size: 2, timeoutMs: 120_000 });
  await translator.translate(['Bon dia.', 'Bona nit.'], 'ca', 'es');
  const latencies: number[] = [];
  let next = 0;
  const texts = sentences.map((s) => s.replace(/\((\d+)\)$/, '[$1]'));
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < texts.length) {
        const text = texts[next++];
        const t0 = process.hrtime.bigint();
        await translator.translate([text], 'ca', 'es');
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  // Pivot direction (fr -> en through Spanish), one text at a time.
  const pivot: number[] = [];
  const french = Object.values(corpus.topics).flatMap((t) => t.fr);
  await translator.translate(['Bonjour.'], 'fr', 'en');
  for (const text of french) {
    const t0 = process.hrtime.bigint();
    await translator.translate([text], 'fr', 'en');
    pivot.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  await translator.close();

  // Cache hit: one bulk read of 50 cached texts (what one page asks for).
  const db = await openBenchDatabase('translation');
  const { createDataSource } = fromDist('core/database/data-source.js');
  const { TranslationRepository } = fromDist('translation/translation.repository.js');
  const ds = createDataSource(db.url);
  await ds.initialize();
  const repository = new TranslationRepository(ds);
  const keys = sentences.map((text) => ({ hash: createHash('sha256').update(text).digest(), from: 'ca' }));
  await repository.write(
    keys.map((k, i) => ({ ...k, to: 'es', translation: sentences[i] })),
    'bench',
  );
  const hits: number[] = [];
  for (let i = 0; i < 200; i++) {
    const page = keys.slice((i * 50) % 350, ((i * 50) % 350) + 50);
    const t0 = process.hrtime.bigint();
    const found = await repository.read(page, 'es', 'bench');
    hits.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (found.size !== 50) throw new Error('cache miss');
  }
  await ds.destroy();
  await db.close();

  const result = {
    bench: 'translation',
    sentences_per_s_one_pipeline: round(perPipeline),
    sentences_per_s_pool_of_2: round(pooled),
    text_p50_ms: round(median(latencies)),
    text_p95_ms: round(p95(latencies)),
    pivot_fr_en_p50_ms: round(median(pivot)),
    pivot_fr_en_p95_ms: round(p95(pivot)),
    cache_hit_50_texts_p50_ms: round(median(hits)),
    cache_hit_50_texts_p95_ms: round(p95(hits)),
  };
  console.table(
    Object.entries(result)
      .slice(1)
      .map(([measure, value]) => ({ measure, value })),
  );
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
