// Plan benchmark (issue 7, "Performance"): a plan with 200 actions under five strategic lines and
// 20,000 provenance links to 20,000 contributions, generated into a fresh database (SQL bulk
// loads, section HTML rendered as the app renders it). The real app (createApp, built to
// apps/api/dist) runs in its own process; this process measures over HTTP:
//   - the plan page's API (GET /api/plans/:slug, the official's working draft with per-section
//     source counts, and the public review version): p95 over sequential requests,
//   - the per-section diff of two versions that differ in 20 actions (median),
//   - the PDF export (median seconds, three runs).
// Prints a table, then one JSON line {"bench": "plan", "plan_p95_ms", "diff_ms", "pdf_s", ...}.
// DATABASE_URL: use that server (a fresh database is created and dropped), else an embedded PostgreSQL.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { benchClient, startApp, type BenchApp } from './support/bench-app';
import { buildApi, fromDist, insertOfficial, insertSession, openBenchDatabase } from './support/bench-db';
import { median, p95, round } from './support/stats';

const ACTIONS = 200;
const LINKS = 20_000;
const PAGE_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CATEGORIES = ['resident', 'civil_society', 'academia', 'private_sector', 'diaspora', 'public_institution', 'international'];
const SOURCES = ['questionnaire_answer', 'interview_key_point', 'proposal', 'room_message'];

const tt = (fr: string, es: string) => ({ fr, es });
const para = (fr: string, es: string) => ({ id: randomUUID(), text: tt(fr, es) });

function actionContent(line: number, n: number) {
  return {
    title: tt(
      `Action ${line}.${n} : coopération technique avec les métropoles partenaires`,
      `Acción ${line}.${n}: cooperación técnica con las metrópolis socias`,
    ),
    paragraphs: [
      para(
        `Mettre en place un programme d’échanges **bidirectionnels** entre techniciens de la métropole et de ses partenaires (action ${n}), avec un suivi annuel et une évaluation à mi-parcours.`,
        `Poner en marcha un programa de intercambios **bidireccionales** entre personal técnico de la metrópolis y de sus socios (acción ${n}), con seguimiento anual y evaluación intermedia.`,
      ),
      para(
        'Les communes membres et les associations du territoire sont associées à la définition des priorités.',
        'Los municipios miembros y las asociaciones del territorio participan en la definición de las prioridades.',
      ),
    ],
    expectedResults: [
      para(
        'Dix missions techniques par an, un rapport public chaque année.',
        'Diez misiones técnicas al año, un informe público cada año.',
      ),
    ],
    leadDepartment: { fr: 'Direction des relations internationales' },
    partners: [
      { kind: 'network', name: 'Metropolis', organisationId: null },
      { kind: 'municipality', name: `Commune ${n}`, organisationId: null },
    ],
    geographicPriorities: [
      { territory: 'Tunis', region: 'mediterranean', intensity: 'priority' },
      { territory: 'Bogotá', region: 'latin_america', intensity: 'intensify' },
    ],
    sdgTargets: ['11.3', '17.17'],
    agendas: ['new_urban_agenda'],
    budget: n % 3 === 0 ? { line: { fr: 'Coopération' }, amount: 10000 * n, currency: 'EUR' } : null,
    indicators: [
      {
        id: randomUUID(),
        kind: 'quantitative',
        name: tt('Missions réalisées', 'Misiones realizadas'),
        unit: 'missions',
        baselineValue: 0,
        baselineDate: '2025-12-31',
        targetValue: 40,
        targetDate: '2030-12-31',
        source: null,
      },
    ],
  };
}

async function main() {
  const started = Date.now();
  buildApi();
  const { renderParagraphs } = fromDist('plan/plan-content.js');
  const db = await openBenchDatabase('plan');
  const url = db.url;
  let app: BenchApp | undefined;
  try {
    const pg = new Client({ connectionString: url });
    pg.on('error', () => undefined);
    await pg.connect();

    // --- data -------------------------------------------------------------------------------
    const t0 = Date.now();
    const official = await insertOfficial(pg);
    const [consultation] = (
      await pg.query(
        `INSERT INTO consultations (slug, title, summary, languages, status, quotas, published_at)
       VALUES ('bench-plan', '{"fr":"Bench","es":"Bench"}', '{"fr":"s","es":"s"}', '["fr","es"]', 'published', '{}', now()) RETURNING id`,
      )
    ).rows;
    await pg.query(
      `INSERT INTO contributions (consultation_id, source, source_ref, text, language, category, country, author_label, key_point, created_at)
       SELECT $1, ($2::text[])[1 + g % 4], 'bench-' || g,
              'Contribution ' || g || ' : la métropole devrait renforcer ses échanges avec les villes partenaires et rendre compte chaque année.',
              'fr', ($3::text[])[1 + (g * 7) % 7], 'ES', 'Institution ' || (g % 500), g % 4 = 1, now() - (g || ' seconds')::interval
       FROM generate_series(1, $4::int) g`,
      [consultation.id, SOURCES, CATEGORIES, LINKS],
    );
    const [plan] = (
      await pg.query(
        `INSERT INTO plans (slug, title, period_start, period_end, status, languages, consultation_id, created_by_id)
       VALUES ('bench-plan', '{"fr":"Plan d’internationalisation (bench)","es":"Plan de internacionalización (bench)"}', 2026, 2030, 'draft', '["fr","es"]', $1, $2) RETURNING id`,
        [consultation.id, official.id],
      )
    ).rows;
    const insertSection = async (kind: string, parentId: string | null, position: number, content: any) => {
      const { rows } = await pg.query(
        `INSERT INTO plan_sections (plan_id, kind, parent_id, position, revision, content, html, updated_by_id) VALUES ($1, $2, $3, $4, 1, $5, $6, $7) RETURNING id`,
        [plan.id, kind, parentId, position, JSON.stringify(content), JSON.stringify(renderParagraphs(content)), official.id],
      );
      return rows[0].id as string;
    };
    const base = (fr: string, es: string, extra: object = {}) => ({
      title: tt(fr, es),
      paragraphs: [para(`${fr}.`, `${es}.`)],
      expectedResults: [],
      leadDepartment: null,
      partners: [],
      geographicPriorities: [],
      sdgTargets: [],
      agendas: [],
      budget: null,
      indicators: [],
      ...extra,
    });
    let position = 0;
    await insertSection('text', null, position++, base('Pourquoi ce plan', 'Por qué este plan'));
    await insertSection('general_objective', null, position++, base('Objectif général', 'Objetivo general'));
    for (let i = 1; i <= 3; i++)
      await insertSection('specific_objective', null, position++, base(`Objectif spécifique ${i}`, `Objetivo específico ${i}`));
    const actionIds: string[] = [];
    for (let line = 1; line <= 5; line++) {
      const lineId = await insertSection('strategic_line', null, position++, base(`Axe stratégique ${line}`, `Línea estratégica ${line}`));
      for (let n = 1; n <= ACTIONS / 5; n++) {
        const content = actionContent(line, n);
        const id = await insertSection('action', lineId, n - 1, content);
        actionIds.push(id);
        await pg.query(
          `INSERT INTO plan_indicators (id, plan_id, action_id, position, kind, name, unit, baseline_value, target_value, target_date) VALUES ($1, $2, $3, 0, 'quantitative', $4, 'missions', 0, 40, '2030-12-31')`,
          [content.indicators[0].id, plan.id, id, JSON.stringify(content.indicators[0].name)],
        );
      }
    }
    // 20,000 links: contribution g stands behind action (g mod 200); one in five on a paragraph.
    await pg.query(
      `INSERT INTO plan_provenance (plan_id, section_id, paragraph_key, contribution_id, created_at)
       SELECT $1, ($2::uuid[])[1 + (row_number() OVER (ORDER BY c.id) - 1) % $3],
              '', c.id, now() - interval '1 day'
       FROM contributions c WHERE c.consultation_id = $4`,
      [plan.id, actionIds, actionIds.length, consultation.id],
    );
    const [{ n: links }] = (await pg.query(`SELECT count(*)::int AS n FROM plan_provenance WHERE plan_id = $1`, [plan.id])).rows;
    // Regions, agendas and indicator units are the territory's taxonomy entries (a section names them by key).
    await pg.query(
      `INSERT INTO taxonomy_entries (kind, key, label, position) VALUES
         ('region', 'mediterranean', '{"fr": "Méditerranée", "es": "Mediterráneo"}', 0),
         ('region', 'latin_america', '{"fr": "Amérique latine", "es": "América Latina"}', 1),
         ('agenda', 'new_urban_agenda', '{"fr": "Nouvel agenda urbain", "es": "Nueva Agenda Urbana"}', 0),
         ('indicator_unit', 'missions', '{"fr": "missions", "es": "misiones"}', 0)
       ON CONFLICT (kind, key) DO NOTHING`,
    );
    await pg.query('ANALYZE');
    const token = await insertSession(pg, official.id);
    await pg.end();
    const loadSeconds = (Date.now() - t0) / 1000;

    // --- the app, in its own process ---------------------------------------------------------
    // Without the background jobs: the translation sweep of the contributions loaded above (translation.bench
    // measures the engine) would share the cores with what this bench measures.
    app = await startApp(url, { JOBS_ENABLED: 'false' });
    const { ok, timed, close } = benchClient(app.port, { token });

    const first = JSON.parse((await ok('GET', '/api/plans/bench-plan')).text);
    const actions = first.sections.filter((s: any) => s.kind === 'action');
    const linked = first.sections.reduce((a: number, s: any) => a + s.sources.total, 0);
    if (actions.length !== ACTIONS || linked !== LINKS) throw new Error(`plan page shows ${actions.length} actions and ${linked} links`);
    const pageBytes = (await ok('GET', '/api/plans/bench-plan')).body.length;
    const draft = await timed('/api/plans/bench-plan', PAGE_REQUESTS);

    // Two versions that differ in 20 actions (edited through the API, as officials do).
    await ok('POST', `/api/plans/${plan.id}/versions`, { name: { fr: 'Avant' } });
    for (const a of actions.slice(0, 20)) {
      const content = {
        ...a.content,
        paragraphs: a.content.paragraphs.map((p: any, i: number) =>
          i === 0 ? { ...p, text: { ...p.text, fr: `${p.text.fr} Révisé après l’atelier du ${i + 3} mars, avec les communes.` } } : p,
        ),
      };
      await ok('PUT', `/api/plans/${plan.id}/sections/${a.id}`, { revision: a.revision, content });
    }
    await ok('POST', `/api/plans/${plan.id}/versions`, { name: { fr: 'Après' } });
    await ok('POST', `/api/plans/${plan.id}/versions/2/review`, { open: true });
    const diffProbe = JSON.parse((await ok('GET', '/api/plans/bench-plan/diff?from=1&to=2')).text);
    if (diffProbe.sections.length !== 20) throw new Error(`diff shows ${diffProbe.sections.length} changed sections`);
    const diff = await timed('/api/plans/bench-plan/diff?from=1&to=2', 50);
    const review = await timed('/api/plans/bench-plan?version=2', Math.round(PAGE_REQUESTS / 2));

    const pdfRuns: number[] = [];
    let pdfBytes = 0;
    let pdfPages = 0;
    for (let i = 0; i < 3; i++) {
      const r = await ok('GET', '/api/plans/bench-plan/export/pdf?lang=fr&version=2');
      pdfRuns.push(r.ms / 1000);
      pdfBytes = r.body.length;
      pdfPages = (r.body.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    }
    const html = await ok('GET', '/api/plans/bench-plan/export/html?lang=es&version=2');
    close();

    const figures = {
      bench: 'plan',
      actions: ACTIONS,
      provenance_links: links,
      plan_p95_ms: round(p95(draft)),
      plan_median_ms: round(median(draft)),
      plan_review_p95_ms: round(p95(review)),
      plan_page_kb: Math.round(pageBytes / 1024),
      diff_ms: round(median(diff)),
      diff_p95_ms: round(p95(diff)),
      pdf_s: Math.round(median(pdfRuns) * 100) / 100,
      pdf_pages: pdfPages,
      pdf_kb: Math.round(pdfBytes / 1024),
      html_ms: round(html.ms),
      load_s: round(loadSeconds),
      total_s: round((Date.now() - started) / 1000),
    };
    console.log('');
    console.log('| measure | value | target |');
    console.log('| --- | --- | --- |');
    console.log(
      `| plan page API p95 (draft, ${ACTIONS} actions, ${links} links, ${PAGE_REQUESTS} requests) | ${figures.plan_p95_ms} ms (median ${figures.plan_median_ms} ms, ${figures.plan_page_kb} KB) | 100 ms |`,
    );
    console.log(`| plan page API p95 (public review version) | ${figures.plan_review_p95_ms} ms | 100 ms |`);
    console.log(
      `| diff of two versions (20 actions changed), median of 50 | ${figures.diff_ms} ms (p95 ${figures.diff_p95_ms} ms) | 200 ms |`,
    );
    console.log(`| PDF export, median of 3 | ${figures.pdf_s} s (${figures.pdf_pages} pages, ${figures.pdf_kb} KB) | 5 s |`);
    console.log(`| printable HTML export | ${figures.html_ms} ms | |`);
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
