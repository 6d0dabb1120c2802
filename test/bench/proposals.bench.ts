// Proposals benchmark (issue 4, "Performance"): 50,000 proposals and 1,000,000 supports generated
// here with INSERT ... SELECT over generate_series (never through the API) into a fresh database.
// The real app (createApp, built to apps/api/dist) runs in its own process; this one is the load
// generator. Measures over HTTP, at p95:
//   - the public list (each sort, with and without filters, first and later keyset pages),
//   - language-aware search (words in French, Spanish, Catalan, English),
//   - a proposal page with 500 comments (the proposal, then its first page of comment threads).
// Prints a table, then one JSON line {"bench": "proposals", list_p95_ms, search_p95_ms, page_p95_ms}.
// BENCH_QUICK=1: 5,000 proposals (a smoke run). DATABASE_URL: use that server (a fresh database
// is created and dropped), else an embedded PostgreSQL in a temp folder.
import { Client } from 'pg';
import { benchClient, startApp, type BenchApp } from './support/bench-app';
import { buildApi, fromDist, openBenchDatabase } from './support/bench-db';
import { median, p95, round } from './support/stats';

const quick = process.env.BENCH_QUICK === '1';
const PROPOSALS = quick ? 5_000 : 50_000;
const USERS = quick ? 4_000 : 20_000;
const REQUESTS = quick ? 60 : 200;

// Titles and bodies in four languages, so each proposal is indexed with its own stemmer.
const TEXTS = [
  [
    'fr',
    'Coopération décentralisée avec {city} sur la gestion des déchets',
    'Des échanges entre techniciens municipaux et associations de la diaspora pour améliorer la collecte et le recyclage.',
  ],
  [
    'es',
    'Fondos europeos para la movilidad sostenible en {city}',
    'Presentar proyectos conjuntos de movilidad y transporte público a los fondos europeos con los municipios.',
  ],
  [
    'ca',
    'Xarxa de ciutats mediterrànies amb {city} per a la gestió de l’aigua',
    'Cooperar amb les ciutats de la Mediterrània en la reutilització de l’aigua i l’adaptació climàtica.',
  ],
  [
    'en',
    'Knowledge exchange with {city} on digital public services',
    'Two-way knowledge transfer between universities and city governments on open data and digital services.',
  ],
];
const CITIES = ['Dakar', 'Tunis', 'Lyon', 'Manchester', 'Bogotá', 'Maputo', 'Seoul', 'Montréal', 'Porto', 'Milano', 'Sfax', 'Medellín'];
const STATUSES = ['submitted', 'submitted', 'under_evaluation', 'accepted', 'partially_accepted', 'not_retained', 'merged', 'submitted'];
const LINES = ['eu_un_agenda', 'international_funding', 'innovation_knowledge', 'economic_projection', 'international_cooperation'];
const CATEGORIES = [
  'resident',
  'resident',
  'civil_society',
  'academia',
  'private_sector',
  'diaspora',
  'public_institution',
  'international',
];

async function main() {
  const started = Date.now();
  buildApi();
  const { UPDATE_ALL_PROPOSALS_SEARCH_SQL } = fromDist('proposals/proposal-search.js');
  const db = await openBenchDatabase('proposals');
  const url = db.url;
  let app: BenchApp | undefined;
  try {
    const pg = new Client({ connectionString: url });
    pg.on('error', () => undefined);
    await pg.connect();

    // --- data -------------------------------------------------------------------------------
    const t0 = Date.now();
    await pg.query(
      `INSERT INTO users (email, display_name, preferred_language, category, country, role, privacy_consent_at)
       SELECT 'u' || g || '@bench.example.org', 'Person ' || g, (ARRAY['fr','es','ca','en'])[1 + g % 4], ($1::text[])[1 + (g * 7) % 8], 'ES', 'participant', now()
       FROM generate_series(1, $2::int) g`,
      [CATEGORIES, USERS],
    );
    await pg.query(`CREATE TEMP TABLE un AS SELECT row_number() OVER (ORDER BY email) AS n, id, category FROM users`);
    await pg.query(`CREATE UNIQUE INDEX ON un (n)`);
    await pg.query(
      `INSERT INTO proposals (author_id, author_category, title, body, expected_results, language, strategic_line, sdgs, sdg_targets, regions, status, submitted_at, status_changed_at, created_at)
       SELECT u.id, u.category, replace(t.title, '{city}', ($3::text[])[1 + (g * 5) % 12]) || ' #' || g, t.body, 'Résultats ' || g, t.lang,
              ($4::text[])[1 + g % 5], ARRAY[1 + g % 17, 1 + (g * 3) % 17]::smallint[], ARRAY[(1 + g % 17) || '.1'], ARRAY['europe'],
              ($5::text[])[1 + (g * 11) % 8], now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
       FROM generate_series(1, $1::int) g
       JOIN un u ON u.n = 1 + (g * 31) % $2::int
       JOIN (SELECT * FROM unnest($6::text[], $7::text[], $8::text[]) WITH ORDINALITY AS x(lang, title, body, i)) t ON t.i = 1 + g % 4`,
      [PROPOSALS, USERS, CITIES, LINES, STATUSES, TEXTS.map((x) => x[0]), TEXTS.map((x) => x[1]), TEXTS.map((x) => x[2])],
    );
    await pg.query(UPDATE_ALL_PROPOSALS_SEARCH_SQL);
    // Supports: between 1 and 39 per proposal (20 on average: 1,000,000 at full scale), distinct people.
    await pg.query(`CREATE TEMP TABLE pn AS SELECT row_number() OVER (ORDER BY created_at DESC, id) AS n, id FROM proposals`);
    await pg.query(
      `INSERT INTO proposal_supports (proposal_id, user_id, category, created_at)
       SELECT p.id, u.id, u.category, now() FROM pn p
       CROSS JOIN generate_series(1, 40) k
       JOIN un u ON u.n = 1 + (p.n * 37 + k * 101) % $1::int
       WHERE k <= 1 + (p.n * 7919) % 39`,
      [USERS],
    );
    await pg.query(
      `UPDATE proposals p SET support_count = s.n FROM (SELECT proposal_id, count(*)::int AS n FROM proposal_supports GROUP BY proposal_id) s WHERE s.proposal_id = p.id`,
    );
    // One proposal with 500 comments: 250 threads with one reply each.
    const [{ id: hot }] = (await pg.query(`SELECT id FROM pn WHERE n = 1`)).rows;
    await pg.query(
      `INSERT INTO proposal_comments (proposal_id, author_id, body, language, created_at)
       SELECT $1, u.id, 'Commentaire numéro ' || g || ' : il faudrait associer les écoles.', 'fr', now() - ((1000 - g) || ' seconds')::interval
       FROM generate_series(1, 250) g JOIN un u ON u.n = g`,
      [hot],
    );
    await pg.query(
      `INSERT INTO proposal_comments (proposal_id, parent_id, root_id, author_id, body, language, created_at)
       SELECT $1, c.id, c.id, u.id, 'Réponse : d’accord.', 'fr', c.created_at + interval '1 second'
       FROM proposal_comments c JOIN un u ON u.n = 300 + (abs(hashtext(c.id::text)) % 1000) WHERE c.proposal_id = $1`,
      [hot],
    );
    await pg.query(`UPDATE proposals SET comment_count = (SELECT count(*) FROM proposal_comments WHERE proposal_id = $1) WHERE id = $1`, [
      hot,
    ]);
    await pg.query(`UPDATE proposals SET comment_count = (abs(hashtext(id::text)) % 30) WHERE id <> $1`, [hot]);
    await pg.query('ANALYZE');
    const counts = (
      await pg.query(
        `SELECT (SELECT count(*) FROM proposals)::int AS proposals, (SELECT count(*) FROM proposal_supports)::int AS supports, (SELECT count(*) FROM proposal_comments)::int AS comments`,
      )
    ).rows[0];
    const loadSeconds = (Date.now() - t0) / 1000;
    await pg.end();

    // --- the app, in its own process ---------------------------------------------------------
    app = await startApp(url, { JOBS_ENABLED: 'false' });
    const client = benchClient(app.port);
    const get = (path: string) => client.call('GET', path);
    const check = async (path: string) => {
      const r = await get(path);
      if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.text.slice(0, 300)}`);
      return r;
    };
    /** Runs each path in turn, REQUESTS times in all (after a warm-up), and returns the latencies. */
    const measure = async (paths: (() => Promise<string>)[]) => {
      for (const p of paths) await check(await p());
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) times.push((await check(await paths[i % paths.length]())).ms);
      return times;
    };
    const cursorOf = async (path: string) => JSON.parse((await check(path)).text).nextCursor as string;
    const secondPage = {
      supports: await cursorOf('/api/proposals?sort=supports&limit=20'),
      newest: await cursorOf('/api/proposals?sort=newest&limit=20'),
      comments: await cursorOf('/api/proposals?sort=comments&limit=20'),
    };
    const list = await measure([
      async () => '/api/proposals?sort=supports&limit=20',
      async () => '/api/proposals?sort=newest&limit=20',
      async () => '/api/proposals?sort=comments&limit=20',
      async () => `/api/proposals?sort=supports&limit=20&cursor=${secondPage.supports}`,
      async () => `/api/proposals?sort=newest&limit=20&cursor=${secondPage.newest}`,
      async () => `/api/proposals?sort=comments&limit=20&cursor=${secondPage.comments}`,
      async () => '/api/proposals?sort=supports&status=accepted&limit=20',
      async () => '/api/proposals?sort=newest&sdg=11&limit=20',
      async () => '/api/proposals?sort=supports&strategicLine=international_funding&category=diaspora&limit=20',
    ]);
    const search = await measure(
      [
        'coopération',
        'déchets',
        'fondos europeos',
        'movilidad',
        'aigua',
        'ciutats mediterrànies',
        'knowledge exchange',
        'digital services',
        'Dakar',
        'Medellín',
      ].flatMap((q) => [
        async () => `/api/proposals?q=${encodeURIComponent(q)}&limit=20`,
        async () => `/api/proposals?q=${encodeURIComponent(q)}&sort=newest&limit=20`,
      ]),
    );
    // The proposal page: the proposal, then its first page of threads (50 threads + their replies).
    for (let i = 0; i < 5; i++) {
      await check(`/api/proposals/${hot}`);
      await check(`/api/proposals/${hot}/comments`);
    }
    const page: number[] = [];
    const pageParts: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const a = await check(`/api/proposals/${hot}`);
      const b = await check(`/api/proposals/${hot}/comments`);
      page.push(a.ms + b.ms);
      pageParts.push(a.ms, b.ms);
    }
    const firstThreads = JSON.parse((await check(`/api/proposals/${hot}/comments`)).text);
    client.close();

    console.log(
      `proposals benchmark (Node ${process.version}, ${counts.proposals} proposals, ${counts.supports} supports, ${counts.comments} comments; data loaded in ${round(loadSeconds)} s; page shows ${firstThreads.items.length} threads of ${firstThreads.total} comments)`,
    );
    console.table([
      { case: 'list (3 sorts, pages 1 and 2, filters)', requests: list.length, p50_ms: round(median(list)), p95_ms: round(p95(list)) },
      { case: 'search (4 languages, 2 sorts)', requests: search.length, p50_ms: round(median(search)), p95_ms: round(p95(search)) },
      { case: 'proposal page, 500 comments (2 requests)', requests: page.length, p50_ms: round(median(page)), p95_ms: round(p95(page)) },
      { case: '  one request of the page', requests: pageParts.length, p50_ms: round(median(pageParts)), p95_ms: round(p95(pageParts)) },
    ]);
    console.log(`total ${round((Date.now() - started) / 1000)} s`);
    console.log(
      JSON.stringify({
        bench: 'proposals',
        proposals: counts.proposals,
        supports: counts.supports,
        list_p95_ms: round(p95(list)),
        search_p95_ms: round(p95(search)),
        page_p95_ms: round(p95(page)),
      }),
    );
  } finally {
    await app?.stop();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
