// Consultations benchmark (issue 3, "Performance"): one consultation at CONSUL's Madrid scale,
// 40,000 participants and 400,000 questionnaire answers, generated here and bulk-loaded with
// multi-row INSERT ... SELECT (never through the API) into a fresh database. The real app
// (createApp, built to apps/api/dist) runs in its own process, as in production; this process
// is the load generator. Measures over HTTP:
//   - questionnaire results p95 (officials' results page, unfiltered and filtered),
//   - the stakeholder balance dashboard p95 (GET /api/consultations/:id/dashboard),
//   - response submissions per second with concurrent clients (first submissions of 10 answers).
// Prints a table, then one JSON line {"bench": "consultations", ...}.
// BENCH_QUICK=1: 4,000 participants (a smoke run). DATABASE_URL: use that server (a fresh database
// is created and dropped), else an embedded PostgreSQL in a temp folder.
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { benchClient, startApp, type BenchApp } from './support/bench-app';
import { buildApi, fromDist, insertOfficial, insertSession, openBenchDatabase } from './support/bench-db';
import { median, p95, round } from './support/stats';

const quick = process.env.BENCH_QUICK === '1';
const PARTICIPANTS = quick ? 4_000 : 40_000;
const SUBMITTERS = quick ? 1_500 : 6_000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 24);
const RESULT_REQUESTS = quick ? 60 : 200;
const REQUEST_TIMEOUT_MS = 30_000;
/** The submission phase stops taking new work after this long; the rate counts what was done. */
const SUBMIT_DEADLINE_MS = Number(process.env.BENCH_SUBMIT_DEADLINE_MS ?? 180_000);

const CATEGORIES = [
  'resident',
  'resident',
  'resident',
  'resident',
  'civil_society',
  'academia',
  'private_sector',
  'diaspora',
  'public_institution',
  'international',
];
const COUNTRIES = ['ES', 'ES', 'ES', 'ES', 'ES', 'FR', 'IT', 'PT', 'MA', 'SN', 'CO', 'AR', 'MX', 'DE', 'TN'];

const fe = (fr: string, es: string) => ({ fr, es });
const opts = (...keys: string[]) => keys.map((k) => ({ key: k, label: fe(k, k) }));
const QUESTIONS = [
  { type: 'single_choice', options: opts('eu', 'funds', 'innovation', 'economy', 'coop') },
  { type: 'single_choice', options: opts('yes', 'no', 'unsure') },
  { type: 'multiple_choice', options: opts('europe', 'med', 'latam', 'asia', 'africa', 'northam'), maxChoices: 3 },
  { type: 'multiple_choice', options: opts('transport', 'housing', 'energy', 'water', 'waste', 'digital') },
  { type: 'scale', scale: { min: 1, max: 5 } },
  { type: 'scale', scale: { min: 0, max: 10 } },
  { type: 'ranking', options: opts('metropolis', 'uclg', 'eurocities', 'medcities', 'iclei') },
  { type: 'country' },
  { type: 'short_text' },
  { type: 'long_text' },
] as const;

async function main() {
  const started = Date.now();
  buildApi();
  const { createDataSource } = fromDist('core/database/data-source.js');
  const { recountTallies } = fromDist('questionnaires/tallies-recount.js');
  const { ContributionsService } = fromDist('contributions/contributions.service.js');
  const db = await openBenchDatabase('consultations');
  const url = db.url;
  let app: BenchApp | undefined;
  try {
    const ds = createDataSource(url);
    await ds.initialize();
    const pg = new Client({ connectionString: url });
    pg.on('error', () => undefined);
    await pg.connect();

    // --- data -------------------------------------------------------------------------------
    const t0 = Date.now();
    const official = await insertOfficial(pg);
    const [consultation] = (
      await pg.query(
        `INSERT INTO consultations (slug, title, summary, languages, status, quotas, published_at)
       VALUES ('bench', '{"fr":"Bench","es":"Bench"}', '{"fr":"s","es":"s"}', '["fr","es"]', 'published', '{"academia":15,"resident":40}', now()) RETURNING id`,
      )
    ).rows;
    await pg.query(
      `INSERT INTO consultation_phases (consultation_id, kind, starts_on, ends_on) VALUES ($1, 'consultation', current_date - 30, current_date + 30)`,
      [consultation.id],
    );
    const [questionnaire] = (
      await pg.query(`INSERT INTO questionnaires (consultation_id, version) VALUES ($1, 1) RETURNING id`, [consultation.id])
    ).rows;
    const [section] = (
      await pg.query(
        `INSERT INTO questionnaire_sections (questionnaire_id, position, title) VALUES ($1, 0, '{"fr":"S","es":"S"}') RETURNING id`,
        [questionnaire.id],
      )
    ).rows;
    const questionIds: string[] = [];
    for (const [i, q] of QUESTIONS.entries()) {
      const scale = 'scale' in q ? { ...q.scale, minLabel: {}, maxLabel: {} } : null;
      const { rows } = await pg.query(
        `INSERT INTO questionnaire_questions (questionnaire_id, section_id, position, type, prompt, required, options, max_choices, scale)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          questionnaire.id,
          section.id,
          i,
          q.type,
          JSON.stringify(fe(`Question ${i + 1}`, `Pregunta ${i + 1}`)),
          i < 2,
          JSON.stringify('options' in q ? q.options : []),
          'maxChoices' in q ? q.maxChoices : null,
          scale && JSON.stringify(scale),
        ],
      );
      questionIds.push(rows[0].id);
    }
    const total = PARTICIPANTS + SUBMITTERS;
    // Users: deterministic categories and countries from the row number.
    await pg.query(
      `INSERT INTO users (email, display_name, preferred_language, category, country, role, privacy_consent_at)
       SELECT 'p' || g || '@bench.example.org', 'Participant ' || g, (ARRAY['fr','es','ca','en'])[1 + g % 4],
              ($1::text[])[1 + (g * 7) % ${CATEGORIES.length}], ($2::text[])[1 + (g * 13) % ${COUNTRIES.length}], 'participant', now()
       FROM generate_series(1, $3::int) g`,
      [CATEGORIES, COUNTRIES, total],
    );
    // Responses of the first PARTICIPANTS users, spread over the last 60 days.
    await pg.query(
      `INSERT INTO questionnaire_responses (questionnaire_id, user_id, status, category, country, submitted_at, created_at, updated_at)
       SELECT $1, u.id, 'submitted', u.category, u.country, t, t, t
       FROM (SELECT id, category, country, row_number() OVER (ORDER BY email) AS n FROM users WHERE email LIKE 'p%@bench.example.org') u,
            LATERAL (SELECT now() - (u.n % 86400) * interval '60 seconds' AS t) ts
       WHERE u.n <= $2`,
      [questionnaire.id, PARTICIPANTS],
    );
    // 10 answers per response (400,000 at full scale), with skewed choices so charts have shape.
    const q = questionIds;
    await pg.query(
      `INSERT INTO questionnaire_answers (response_id, question_id, questionnaire_id, choice_keys, number_value, text_value, country_value, respondent_category, respondent_country, created_at, updated_at)
       SELECT r.id, a.qid, r.questionnaire_id, a.keys, a.num, a.txt, a.ctry, r.category, r.country, r.submitted_at, r.submitted_at
       FROM (SELECT *, ('x' || substr(md5(id::text), 1, 8))::bit(32)::int & 2147483647 AS h FROM questionnaire_responses WHERE questionnaire_id = $1) r
       CROSS JOIN LATERAL (VALUES
         ($2::uuid, ARRAY[(ARRAY['eu','funds','eu','innovation','economy','coop','eu'])[1 + r.h % 7]]::varchar[], NULL::smallint, NULL::text, NULL::char(2)),
         ($3::uuid, ARRAY[(ARRAY['yes','yes','no','unsure'])[1 + (r.h / 7) % 4]]::varchar[], NULL, NULL, NULL),
         ($4::uuid, string_to_array((ARRAY['europe,med', 'latam', 'europe,asia,africa', 'med,northam'])[1 + (r.h / 11) % 4], ',')::varchar[], NULL, NULL, NULL),
         ($5::uuid, string_to_array((ARRAY['transport,housing', 'energy', 'water,waste,digital', 'housing'])[1 + (r.h / 13) % 4], ',')::varchar[], NULL, NULL, NULL),
         ($6::uuid, NULL, (1 + (r.h / 17) % 5)::smallint, NULL, NULL),
         ($7::uuid, NULL, ((r.h / 19) % 11)::smallint, NULL, NULL),
         ($8::uuid, string_to_array((ARRAY['metropolis,uclg,eurocities,medcities,iclei', 'uclg,metropolis,iclei,eurocities,medcities', 'eurocities,medcities,metropolis,uclg,iclei'])[1 + (r.h / 23) % 3], ',')::varchar[], NULL, NULL, NULL),
         ($9::uuid, NULL, NULL, NULL, (ARRAY['FR','IT','SN','CO','MA','DE'])[1 + (r.h / 29) % 6]::char(2)),
         ($10::uuid, NULL, NULL, (ARRAY['Lyon','Porto','Montevideo','Dakar','Manchester','Medellín'])[1 + (r.h / 31) % 6], NULL),
         ($11::uuid, NULL, NULL, 'Proposition ' || r.h % 997 || ' : renforcer la coopération avec les réseaux de villes et les diasporas.', NULL)
       ) a(qid, keys, num, txt, ctry)`,
      [questionnaire.id, ...q],
    );
    // Free text feeds synthesis: one contribution per text answer; participation per response.
    await pg.query(
      `INSERT INTO contributions (consultation_id, source, source_ref, text, language, author_user_id, category, country, created_at, updated_at)
       SELECT $1, 'questionnaire_answer', a.id::text, a.text_value, 'fr', r.user_id, a.respondent_category, a.respondent_country, a.created_at, a.created_at
       FROM questionnaire_answers a JOIN questionnaire_responses r ON r.id = a.response_id WHERE a.questionnaire_id = $2 AND a.text_value IS NOT NULL`,
      [consultation.id, questionnaire.id],
    );
    await pg.query(
      `INSERT INTO participations (consultation_id, source, source_ref, participant_key, category, country, created_at)
       SELECT $1, 'questionnaire_response', r.id::text, 'u:' || r.user_id, r.category, r.country, r.submitted_at FROM questionnaire_responses r WHERE r.questionnaire_id = $2`,
      [consultation.id, questionnaire.id],
    );
    await recountTallies(ds.manager, questionnaire.id);
    await new ContributionsService().rebuildParticipants(ds.manager, consultation.id);
    await pg.query('VACUUM ANALYZE');
    const counts = (
      await pg.query(
        `SELECT (SELECT count(*) FROM questionnaire_answers)::int AS answers, (SELECT count(*) FROM questionnaire_responses)::int AS responses,
              (SELECT count(*) FROM contributions)::int AS contributions, (SELECT count(*) FROM questionnaire_tallies)::int AS tallies`,
      )
    ).rows[0];
    const loadSeconds = (Date.now() - t0) / 1000;

    // Sessions: the official, and one per submitter (inserted directly: logging in is not measured).
    const officialToken = await insertSession(pg, official.id);
    const submitters: { rows: { id: string }[] } = await pg.query(
      `SELECT id FROM users WHERE email LIKE 'p%@bench.example.org' AND id NOT IN (SELECT user_id FROM questionnaire_responses) LIMIT $1`,
      [SUBMITTERS],
    );
    const submitterTokens: string[] = [];
    for (let i = 0; i < submitters.rows.length; i += 1000) {
      const batch = submitters.rows.slice(i, i + 1000);
      const params: unknown[] = [];
      const values = batch.map((u) => {
        const token = randomBytes(32).toString('base64url');
        submitterTokens.push(token);
        params.push(createHash('sha256').update(token).digest('hex'), u.id);
        return `($${params.length - 1}, $${params.length}, now(), now() + interval '1 day')`;
      });
      await pg.query(`INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at) VALUES ${values.join(', ')}`, params);
    }
    await pg.end();
    await ds.destroy();

    // --- the app, in its own process ---------------------------------------------------------
    // Without the background jobs: the translation sweep of the contributions loaded above (translation.bench
    // measures the engine) would share the cores with what this bench measures.
    app = await startApp(url, { JOBS_ENABLED: 'false' });
    const client = benchClient(app.port, { token: officialToken, maxSockets: CONCURRENCY, timeoutMs: REQUEST_TIMEOUT_MS });
    const call = (method: string, path: string, token: string, body?: unknown) => client.call(method, path, body, token);
    const timed = client.timed;

    const base = `/api/consultations/${consultation.id}`;
    const first = JSON.parse((await call('GET', `${base}/questionnaire/results`, officialToken)).text);
    if (first.respondents !== PARTICIPANTS) throw new Error(`results count ${first.respondents} respondents, expected ${PARTICIPANTS}`);
    const results = await timed(`${base}/questionnaire/results`, RESULT_REQUESTS);
    const filtered = await timed(`${base}/questionnaire/results?category=academia&country=ES`, Math.round(RESULT_REQUESTS / 2));
    const texts = await timed(`${base}/questionnaire/texts?questionId=${q[9]}&category=diaspora`, Math.round(RESULT_REQUESTS / 2));
    const dashboardProbe = await call('GET', `${base}/dashboard`, officialToken);
    const dashboard = dashboardProbe.status === 200 ? await timed(`${base}/dashboard`, RESULT_REQUESTS) : null;

    // Submissions: CONCURRENCY clients, each submitting for its own participants until all are done.
    const answersFor = (i: number) => ({
      [q[0]]: ['eu', 'funds', 'coop'][i % 3],
      [q[1]]: 'yes',
      [q[2]]: ['europe', 'latam'],
      [q[3]]: ['energy'],
      [q[4]]: 1 + (i % 5),
      [q[5]]: i % 11,
      [q[6]]: ['uclg', 'metropolis', 'iclei', 'eurocities', 'medcities'],
      [q[7]]: 'SN',
      [q[8]]: 'Lyon',
      [q[9]]: `Idée ${i} : un programme d’échanges avec Dakar et Montevideo pour les jeunes.`,
    });
    // Warm-up submissions (not counted), then the measured run.
    const warm = Math.min(100, Math.floor(submitterTokens.length / 10));
    for (let i = 0; i < warm; i++)
      await call('PUT', `${base}/questionnaire/response`, submitterTokens[i], { answers: answersFor(i), submit: true });
    let next = warm;
    const latencies: number[] = [];
    let failures = 0;
    const submitStart = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < submitterTokens.length && Number(process.hrtime.bigint() - submitStart) / 1e6 < SUBMIT_DEADLINE_MS) {
          const i = next++;
          const r = await call('PUT', `${base}/questionnaire/response`, submitterTokens[i], { answers: answersFor(i), submit: true });
          if (r.status !== 200) {
            failures++;
            if (failures < 3) console.error(`submission failed: ${r.status} ${r.text.slice(0, 300)}`);
          }
          latencies.push(r.ms);
        }
      }),
    );
    const submitSeconds = Number(process.hrtime.bigint() - submitStart) / 1e9;
    const submitted = latencies.length;
    const submitPerS = Math.round((submitted - failures) / submitSeconds);
    const after = JSON.parse((await call('GET', `${base}/questionnaire/results`, officialToken)).text);
    client.close();

    console.log(
      `consultations benchmark (Node ${process.version}, ${PARTICIPANTS} participants, ${counts.answers} answers, ${counts.contributions} contributions, ${counts.tallies} counter rows; data loaded in ${round(loadSeconds)} s)`,
    );
    console.table([
      { case: 'questionnaire results', requests: results.length, p50_ms: round(median(results)), p95_ms: round(p95(results)) },
      {
        case: 'results, filtered (category + country)',
        requests: filtered.length,
        p50_ms: round(median(filtered)),
        p95_ms: round(p95(filtered)),
      },
      { case: 'free-text answers page (filtered)', requests: texts.length, p50_ms: round(median(texts)), p95_ms: round(p95(texts)) },
      dashboard
        ? { case: 'stakeholder dashboard', requests: dashboard.length, p50_ms: round(median(dashboard)), p95_ms: round(p95(dashboard)) }
        : { case: `stakeholder dashboard (HTTP ${dashboardProbe.status}: not measured)`, requests: 0, p50_ms: NaN, p95_ms: NaN },
      {
        case: `submissions, ${CONCURRENCY} concurrent clients`,
        requests: submitted,
        p50_ms: round(median(latencies)),
        p95_ms: round(p95(latencies)),
      },
    ]);
    console.log(
      `submissions: ${submitted - failures} ok, ${failures} failed in ${round(submitSeconds)} s = ${submitPerS}/s; respondents after: ${after.respondents} (expected ${PARTICIPANTS + warm + submitted - failures}); total ${round((Date.now() - started) / 1000)} s`,
    );
    console.log(
      JSON.stringify({
        bench: 'consultations',
        participants: PARTICIPANTS,
        answers: counts.answers,
        results_p95_ms: round(p95(results)),
        results_filtered_p95_ms: round(p95(filtered)),
        texts_p95_ms: round(p95(texts)),
        submit_per_s: submitPerS,
        submit_failures: failures,
        dashboard_p95_ms: dashboard ? round(p95(dashboard)) : null,
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
