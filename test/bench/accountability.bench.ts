// Accountability benchmark (issue 8, "Performance"): a year with 400,000 contributions by 40,000
// people (plus 100,000 the year before, questionnaires without text, interviews, proposals, rooms),
// and a tracked plan of 6 strategic lines, 36 actions and 72 indicators with two years of monthly
// measurements, bulk-loaded with generate_series into a fresh database. The real app (createApp,
// built to apps/api/dist) runs in its own process; this process measures over HTTP:
//   - generating the year's annual summary (POST /api/summaries: every figure aggregated in SQL,
//     the previous year computed too since none is published): median seconds of 3 runs,
//   - its PDF (GET /api/summaries/:plan/:year/pdf, one per language): median seconds,
//   - the public monitoring dashboard's API (GET /api/accountability/plans/:slug, anonymous): p95,
//     and the same built afresh (an official's view, which is never cached).
// Prints a table, then one JSON line {"bench": "accountability", "summary_s", "pdf_s", "dashboard_p95_ms", ...}.
// BENCH_QUICK=1: 40,000 contributions (a smoke run). DATABASE_URL: use that server (a fresh database
// is created and dropped), else an embedded PostgreSQL in a temp folder. BENCH_SAVE_PDF=<folder>: keep
// the PDFs there (to look at them).
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { benchClient, startApp, type BenchApp } from './support/bench-app';
import { buildApi, fromDist, insertOfficial, insertSession, openBenchDatabase } from './support/bench-db';
import { median, p95, round } from './support/stats';

const quick = process.env.BENCH_QUICK === '1';
const CONTRIBUTIONS = quick ? 40_000 : 400_000;
const PREVIOUS_CONTRIBUTIONS = CONTRIBUTIONS / 4;
const PEOPLE = CONTRIBUTIONS / 10;
const LINES = 6;
const ACTIONS_PER_LINE = 6;
const DASHBOARD_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const YEAR = new Date().getUTCFullYear();
const SLUG = 'bench-accountability';

const CATEGORIES = [
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
const COUNTRIES = ['ES', 'ES', 'ES', 'ES', 'FR', 'IT', 'MA', 'SN', 'CO', 'AR', 'MX', 'TN', 'PT', 'DE', 'AD'];
const SOURCES = ['questionnaire_answer', 'interview_key_point', 'proposal', 'proposal_comment', 'room_message'];
const REGIONS = ['europe', 'mediterranean', 'latin_america', 'asia', 'north_america', 'africa'];
const tt = (fr: string, es: string) => ({ fr, es });

function actionContent(line: number, n: number) {
  const indicator = (name: string, unit: string, target: number) => ({
    id: randomUUID(),
    kind: 'quantitative',
    name: tt(name, name),
    unit,
    baselineValue: 0,
    baselineDate: `${YEAR - 1}-01-01`,
    targetValue: target,
    targetDate: `${YEAR + 3}-12-31`,
    source: null,
  });
  return {
    title: tt(
      `Action ${line}.${n} : coopération avec les métropoles partenaires`,
      `Acción ${line}.${n}: cooperación con las metrópolis socias`,
    ),
    paragraphs: [{ id: randomUUID(), text: tt('Un programme d’échanges techniques.', 'Un programa de intercambios técnicos.') }],
    indicators: [indicator('Missions réalisées', 'missions', 40), indicator('Partenaires actifs', 'partners', 12)],
  };
}

async function main() {
  const started = Date.now();
  buildApi();
  const db = await openBenchDatabase('accountability');
  const url = db.url;
  let app: BenchApp | undefined;
  try {
    const pg = new Client({ connectionString: url });
    pg.on('error', () => undefined);
    await pg.connect();

    // --- data -------------------------------------------------------------------------------
    const t0 = Date.now();
    const official = await insertOfficial(pg);
    await pg.query(
      `INSERT INTO territories (slug, name, country) VALUES ('bench', '{"fr":"Territoire de test","es":"Territorio de prueba","ca":"Territori de prova","en":"Test territory"}', 'ES')`,
    );
    await pg.query(
      `INSERT INTO users (email, display_name, preferred_language, category, country, role, privacy_consent_at)
       SELECT 'p' || g || '@bench.example.org', 'Participant ' || g, 'fr', ($1::text[])[1 + g % ${CATEGORIES.length}], ($2::text[])[1 + (g * 7) % ${COUNTRIES.length}], 'participant', now()
       FROM generate_series(1, $3::int) g`,
      [CATEGORIES, COUNTRIES, PEOPLE],
    );
    const consultations = (
      await pg.query(
        `INSERT INTO consultations (slug, title, summary, languages, status, quotas, published_at, closed_at)
       VALUES ('bench-now', '{"fr":"Cette année"}', '{}', '["fr"]', 'published', '{}', make_timestamptz(${YEAR}, 2, 1, 0, 0, 0, 'UTC'), NULL),
              ('bench-before', '{"fr":"L’an dernier"}', '{}', '["fr"]', 'closed', '{}', make_timestamptz(${YEAR - 1}, 3, 1, 0, 0, 0, 'UTC'), make_timestamptz(${YEAR - 1}, 11, 30, 0, 0, 0, 'UTC'))
       RETURNING id`,
      )
    ).rows.map((r: { id: string }) => r.id);
    // Contributions spread over the year (by person g % PEOPLE), and a quarter as many the year before.
    const contributions = (consultation: string, year: number, count: number, offset: number) =>
      pg.query(
        `INSERT INTO contributions (consultation_id, source, source_ref, text, language, author_user_id, category, country, created_at, updated_at)
         SELECT $1, ($2::text[])[1 + g % ${SOURCES.length}], 'bench-' || ($4::int + g), 'Contribution ' || g || ' : plus d’échanges avec les villes partenaires.', 'fr',
                u.id, u.category, u.country, t, t
         FROM generate_series(1, $3::int) g
         JOIN LATERAL (SELECT make_timestamptz(${year}, 1, 1, 0, 0, 0, 'UTC') + ((g::bigint * 7919) % 31536000) * interval '1 second' AS t) ts ON true
         JOIN users u ON u.email = 'p' || (1 + g % ${PEOPLE}) || '@bench.example.org'`,
        [consultation, SOURCES, count, offset],
      );
    await contributions(consultations[0], YEAR, CONTRIBUTIONS, 0);
    await contributions(consultations[1], YEAR - 1, PREVIOUS_CONTRIBUTIONS, CONTRIBUTIONS);
    await pg.query(
      `INSERT INTO participations (consultation_id, source, source_ref, participant_key, category, country, created_at)
       SELECT $1, 'questionnaire_response', 'r' || g, 'u:' || u.id, u.category, u.country, make_timestamptz(${YEAR}, 3, 1, 0, 0, 0, 'UTC') + g * interval '1 minute'
       FROM generate_series(1, $2::int) g JOIN users u ON u.email = 'p' || g || '@bench.example.org'`,
      [consultations[0], PEOPLE / 4],
    );
    // Interviews (held, with five invited institutions each), proposals, rooms.
    await pg.query(
      `INSERT INTO interviews (consultation_id, kind, format, status, title, scheduled_at)
       SELECT $1, CASE WHEN g % 4 = 0 THEN 'meeting' ELSE 'interview' END, 'in_person', CASE WHEN g % 10 = 0 THEN 'planned' ELSE 'held' END, 'Entretien ' || g,
              make_timestamptz(${YEAR}, 1 + g % 12, 1 + g % 28, 10, 0, 0, 'UTC')
       FROM generate_series(1, 300) g`,
      [consultations[0]],
    );
    await pg.query(
      `INSERT INTO interview_invitees (interview_id, kind, name, attended, position)
       SELECT i.id, 'organisation', 'Institution ' || ((row_number() OVER ()) % 400), (row_number() OVER ()) % 6 <> 0, k FROM interviews i CROSS JOIN generate_series(1, 5) k`,
    );
    await pg.query(
      `INSERT INTO proposals (consultation_id, author_id, author_category, title, body, status, submitted_at, status_changed_at)
       SELECT $1, u.id, u.category, 'Proposition ' || g, 'Texte de la proposition ' || g,
              (ARRAY['submitted', 'under_evaluation', 'accepted', 'partially_accepted', 'not_retained'])[1 + g % 5],
              make_timestamptz(${YEAR}, 1 + g % 12, 1 + g % 28, 10, 0, 0, 'UTC'), make_timestamptz(${YEAR}, 1 + g % 12, 1 + g % 28, 12, 0, 0, 'UTC')
       FROM generate_series(1, 3000) g JOIN users u ON u.email = 'p' || g || '@bench.example.org'`,
      [consultations[0]],
    );
    await pg.query(
      `INSERT INTO rooms (consultation_id, title, starts_at, ends_at, status, opened_at, closed_at, last_seq)
       SELECT $1, '{"fr":"Salon"}', t, t + interval '2 hours', 'closed', t, t + interval '2 hours', 500 FROM (SELECT make_timestamptz(${YEAR}, 1 + g % 12, 5, 18, 0, 0, 'UTC') AS t FROM generate_series(1, 40) g) s`,
      [consultations[0]],
    );
    await pg.query(
      `INSERT INTO partner_territories (slug, name, country, region, priority, kind, latitude, longitude, agreements)
       SELECT 'partner-' || g, 'Partenaire ' || g, 'FR', ($1::text[])[1 + g % 6], 'priority', 'bilateral', 40 + g % 10, g % 30,
              jsonb_build_array(jsonb_build_object('title', 'Accord', 'signedOn', (${YEAR} - g % 3) || '-03-01', 'endsOn', NULL))
       FROM generate_series(1, 30) g`,
      [REGIONS],
    );
    await pg.query(`INSERT INTO network_memberships (slug, name) SELECT 'network-' || g, 'Réseau ' || g FROM generate_series(1, 6) g`);
    // The stakeholder balance aggregate, as ContributionsService keeps it in step with every input.
    const { createDataSource } = fromDist('core/database/data-source.js');
    const { ContributionsService } = fromDist('contributions/contributions.service.js');
    const ds = createDataSource(url);
    await ds.initialize();
    for (const id of consultations) await new ContributionsService().rebuildParticipants(ds.manager, id);
    await ds.destroy();
    await pg.query('VACUUM ANALYZE');
    // Indicator units are the territory's taxonomy entries (an indicator names one by its key).
    await pg.query(
      `INSERT INTO taxonomy_entries (kind, key, label, position) VALUES
         ('indicator_unit', 'missions', '{"fr": "missions", "es": "misiones"}', 0),
         ('indicator_unit', 'partners', '{"fr": "partenaires", "es": "socios"}', 1)
       ON CONFLICT (kind, key) DO NOTHING`,
    );
    const token = await insertSession(pg, official.id);
    const loadSeconds = (Date.now() - t0) / 1000;

    // --- the app, in its own process ---------------------------------------------------------
    // Without the background jobs: the translation sweep of the contributions loaded above (translation.bench
    // measures the engine) would share the cores with what this bench measures.
    app = await startApp(url, { JOBS_ENABLED: 'false' });
    const officialClient = benchClient(app.port, { token, timeoutMs: 60_000 });
    const { ok } = officialClient;

    // The plan, built through the API as officials do; then tracking and two years of monthly measurements.
    const plan = JSON.parse(
      (
        await ok('POST', '/api/plans', {
          slug: SLUG,
          title: tt('Plan d’internationalisation (bench)', 'Plan de internacionalización (bench)'),
          periodStart: YEAR - 1,
          periodEnd: YEAR + 3,
          languages: ['fr', 'es'],
          consultationId: consultations[0],
        })
      ).text,
    );
    const actionIds: string[] = [];
    for (let line = 1; line <= LINES; line++) {
      const section = JSON.parse(
        (
          await ok('POST', `/api/plans/${plan.id}/sections`, {
            kind: 'strategic_line',
            content: { title: tt(`Axe ${line}`, `Eje ${line}`), paragraphs: [] },
          })
        ).text,
      );
      for (let n = 1; n <= ACTIONS_PER_LINE; n++) {
        const action = JSON.parse(
          (await ok('POST', `/api/plans/${plan.id}/sections`, { kind: 'action', parentId: section.id, content: actionContent(line, n) }))
            .text,
        );
        actionIds.push(action.id);
      }
    }
    for (const [i, id] of actionIds.entries()) {
      await ok('PUT', `/api/accountability/actions/${id}`, {
        status: i % 7 === 0 ? 'done' : i % 5 === 0 ? 'not_started' : 'in_progress',
        progress: (i * 13) % 100,
        budgetLines: [{ line: { fr: 'Missions' }, planned: 20000, spent: (i * 1300) % 20000 }],
        milestones: [{ title: { fr: 'Lancement' }, dueOn: `${YEAR}-03-31` }],
      });
    }
    const monitoringPg = new Client({ connectionString: url });
    await monitoringPg.connect();
    await monitoringPg.query(`UPDATE plans SET status = 'adopted' WHERE id = $1`, [plan.id]);
    await monitoringPg.query(
      `INSERT INTO indicator_measurements (indicator_id, measured_on, value, source)
       SELECT i.id, (make_date(${YEAR - 1}, 1, 1) + (m || ' months')::interval - interval '1 day')::date, round((i.target_value * m / 60.0 * (0.6 + (abs(hashtext(i.id::text)) % 60) / 100.0))::numeric, 1), 'Bench'
       FROM plan_indicators i CROSS JOIN generate_series(1, 24) m WHERE i.plan_id = $1`,
      [plan.id],
    );
    const counts = (
      await monitoringPg.query(
        `SELECT (SELECT count(*) FROM contributions)::int AS contributions, (SELECT count(*) FROM plan_indicators WHERE plan_id = $1)::int AS indicators,
              (SELECT count(*) FROM indicator_measurements)::int AS measurements`,
        [plan.id],
      )
    ).rows[0];
    await monitoringPg.query('ANALYZE');
    await monitoringPg.end();
    await pg.end();

    // Generating the summary: the first run creates the draft, the next ones refresh its figures.
    const summaryRuns: number[] = [];
    let summary: any;
    for (let i = 0; i < 3; i++) {
      const r = await ok('POST', '/api/summaries', { plan: SLUG, year: YEAR });
      summaryRuns.push(r.ms / 1000);
      summary = JSON.parse(r.text);
    }
    const f = summary.figures;
    if (f.participation.contributions !== CONTRIBUTIONS)
      throw new Error(`the summary counts ${f.participation.contributions} contributions, expected ${CONTRIBUTIONS}`);
    if (f.previous.key.contributions !== PREVIOUS_CONTRIBUTIONS)
      throw new Error(`the previous year counts ${f.previous.key.contributions} contributions, expected ${PREVIOUS_CONTRIBUTIONS}`);
    if (f.indicators.items.length !== LINES * ACTIONS_PER_LINE * 2)
      throw new Error(`the summary has ${f.indicators.items.length} indicators`);

    // The PDF, once per language (the draft, as officials print it before publishing).
    await ok('PUT', `/api/summaries/${summary.id}`, {
      narrative: {
        introduction: {
          fr: 'Une année de **consultation**.',
          es: 'Un año de **consulta**.',
          ca: 'Un any de **consulta**.',
          en: 'A year of **consultation**.',
        },
      },
      revision: summary.revision,
    });
    const pdfRuns: number[] = [];
    let pdfPages = 0;
    let pdfBytes = 0;
    for (const lang of ['fr', 'es', 'ca', 'en', 'fr']) {
      const r = await ok('GET', `/api/summaries/${SLUG}/${YEAR}/pdf?lang=${lang}&version=draft`);
      pdfRuns.push(r.ms / 1000);
      pdfPages = (r.body.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      pdfBytes = r.body.length;
      if (process.env.BENCH_SAVE_PDF) {
        mkdirSync(process.env.BENCH_SAVE_PDF, { recursive: true });
        writeFileSync(join(process.env.BENCH_SAVE_PDF, `summary-${lang}.pdf`), r.body);
      }
    }
    // The same dashboard built afresh on every request: officials' views are never cached.
    const uncached = await officialClient.timed(`/api/accountability/plans/${SLUG}`, Math.round(DASHBOARD_REQUESTS / 2));
    officialClient.close();

    // The public monitoring dashboard, as a resident loads it (served from the API's short-lived cache
    // of the public view after the first request).
    const anonymous = benchClient(app.port);
    const probe = JSON.parse((await anonymous.ok('GET', `/api/accountability/plans/${SLUG}`)).text);
    if (probe.indicators.length !== LINES * ACTIONS_PER_LINE * 2)
      throw new Error(`the dashboard shows ${probe.indicators.length} indicators`);
    const dashboardBytes = (await anonymous.ok('GET', `/api/accountability/plans/${SLUG}`)).body.length;
    const dashboard = await anonymous.timed(`/api/accountability/plans/${SLUG}`, DASHBOARD_REQUESTS);
    anonymous.close();

    const figures = {
      bench: 'accountability',
      contributions: counts.contributions,
      contributions_in_year: f.participation.contributions,
      participants_in_year: f.participation.participants,
      indicators: counts.indicators,
      measurements: counts.measurements,
      summary_s: Math.round(median(summaryRuns) * 100) / 100,
      summary_max_s: Math.round(Math.max(...summaryRuns) * 100) / 100,
      pdf_s: Math.round(median(pdfRuns) * 100) / 100,
      pdf_pages: pdfPages,
      pdf_kb: Math.round(pdfBytes / 1024),
      dashboard_p95_ms: round(p95(dashboard)),
      dashboard_median_ms: round(median(dashboard)),
      dashboard_kb: Math.round(dashboardBytes / 1024),
      dashboard_uncached_p95_ms: round(p95(uncached)),
      dashboard_uncached_median_ms: round(median(uncached)),
      load_s: round(loadSeconds),
      total_s: round((Date.now() - started) / 1000),
    };
    console.log(
      `accountability benchmark (Node ${process.version}; ${figures.contributions} contributions, ${figures.contributions_in_year} in ${YEAR} by ${figures.participants_in_year} participants; ${figures.indicators} indicators, ${figures.measurements} measurements; data loaded in ${figures.load_s} s)`,
    );
    console.log('');
    console.log('| measure | value | target |');
    console.log('| --- | --- | --- |');
    console.log(
      `| annual summary generated (POST /api/summaries), median of 3 | ${figures.summary_s} s (max ${figures.summary_max_s} s) | 2 s |`,
    );
    console.log(`| its PDF, median of 5 (4 languages) | ${figures.pdf_s} s (${figures.pdf_pages} pages, ${figures.pdf_kb} KB) | 5 s |`);
    console.log(
      `| public monitoring dashboard API p95 (${DASHBOARD_REQUESTS} requests) | ${figures.dashboard_p95_ms} ms (median ${figures.dashboard_median_ms} ms, ${figures.dashboard_kb} KB) | 100 ms |`,
    );
    console.log(
      `| the same, built afresh (an official's view, never cached) p95 | ${figures.dashboard_uncached_p95_ms} ms (median ${figures.dashboard_uncached_median_ms} ms) | |`,
    );
    console.log(`| data load | ${figures.load_s} s | |`);
    console.log(JSON.stringify(figures));
  } finally {
    await app?.stop();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
