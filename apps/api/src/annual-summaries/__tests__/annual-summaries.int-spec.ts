import { randomUUID } from 'node:crypto';
import { catalogs, translate } from '@polyphony/i18n';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import type { ApiClient } from '../../../test-support/api-client';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { planWithLines } from '../../plan/__tests__/plan-kit';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { ContributionsService } from '../../contributions/contributions.service';
import { renderSummaryPdf } from '../summary-pdf';
import { flat, pdfText } from '../../../test-support/poppler';

jest.setTimeout(180_000);

const YEAR = new Date().getUTCFullYear();
const PREVIOUS = YEAR - 1;
const at = (year: number, month: number, day = 15) => new Date(Date.UTC(year, month - 1, day, 10));

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('annual summaries', () => {
  let t: TestApp;
  let official: { client: ApiClient; id: string };
  let admin: { client: ApiClient; id: string };
  let participant: { client: ApiClient; id: string };
  let facilitator: { client: ApiClient; id: string };
  let anonymous: ApiClient;
  let plan: { id: string; slug: string };
  let consultationId: string;
  let indicatorId: string;
  const people: string[] = [];

  /** A contribution by a person, dated, through the one door features use. */
  const contribute = async (
    authorUserId: string | null,
    createdAt: Date,
    source = 'questionnaire_answer',
    category = 'resident',
    country: string | null = 'ES',
    authorLabel: string | null = null,
  ) => {
    const sourceRef = randomUUID();
    await t.db.transaction((manager) =>
      new ContributionsService().record(manager, {
        source: source as any,
        sourceRef,
        consultationId,
        text: 'Plus de coopération méditerranéenne, s’il vous plaît.',
        category: category as any,
        country,
        authorUserId,
        authorLabel,
        createdAt,
      }),
    );
    return sourceRef;
  };

  beforeAll(async () => {
    // Apertium (installed by .ci/run): the PDF of a language a narrative lacks prints it machine translated.
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium' });
    official = await signUpAs(t, 'official');
    admin = await signUpAs(t, 'admin');
    participant = await signUp(t);
    facilitator = await signUp(t, { category: 'civil_society' });
    anonymous = await t.client('es');
    await t.db.query(
      `INSERT INTO territories (slug, name, country) VALUES ('amb', '{"fr":"Aire métropolitaine de Barcelone","es":"Área Metropolitana de Barcelona","ca":"Àrea Metropolitana de Barcelona","en":"Barcelona Metropolitan Area"}', 'ES')`,
    );
    const consultation = await publishedConsultation(official.client);
    consultationId = consultation.id;
    await official.client.put(`/api/consultations/${consultationId}/facilitators`, { userIds: [facilitator.id] }).expect(200);
    const made = await planWithLines(official.client, consultationId);
    plan = made.plan;
    await t.db.query(`UPDATE plans SET status = 'adopted' WHERE id = $1`, [plan.id]);
    const monitoring = (await official.client.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body;
    indicatorId = monitoring.indicators[0].id;
    await official.client
      .put(`/api/accountability/actions/${made.action.id}`, {
        status: 'in_progress',
        progress: 40,
        budgetLines: [{ line: { fr: 'Missions' }, planned: 10000, spent: 2500 }],
      })
      .expect(200);
    // Measurements: one in the previous year (off track by then), one this year; one next year must be ignored.
    for (const [measuredOn, value] of [
      [`${PREVIOUS}-06-30`, 0],
      [`${YEAR}-01-10`, 1],
      [`${YEAR + 1}-06-30`, 7],
    ] as const)
      await t.db.query(`INSERT INTO indicator_measurements (indicator_id, measured_on, value) VALUES ($1, $2, $3)`, [
        indicatorId,
        measuredOn,
        value,
      ]);

    // This year: 12 residents (one of them twice), 6 academics from France, 5 diaspora from Senegal, one named institution (a small cell).
    // Contributors only need to exist (registering 23 people through the API would hit its rate limit).
    const rows = await t.db.query(
      `INSERT INTO users (email, display_name, preferred_language, category, country, role, privacy_consent_at)
       SELECT 'summary-' || g || '-' || $1 || '@example.org', 'Person ' || g, 'fr', 'resident', 'ES', 'participant', now() FROM generate_series(1, 23) g RETURNING id`,
      [randomUUID()],
    );
    people.push(...rows.map((r: { id: string }) => r.id));
    for (let i = 0; i < 12; i++) await contribute(people[i], at(YEAR, 1 + (i % 10)));
    await contribute(people[0], at(YEAR, 11), 'proposal');
    for (let i = 12; i < 18; i++) await contribute(people[i], at(YEAR, 3), 'interview_key_point', 'academia', 'FR');
    for (let i = 18; i < 23; i++) await contribute(people[i], at(YEAR, 4), 'room_message', 'diaspora', 'SN');
    await contribute(null, at(YEAR, 5), 'interview_key_point', 'public_institution', 'ES', 'Hospital Metropolità');
    // The previous year: 5 residents; and a contribution hidden by moderation this year (not counted).
    for (let i = 0; i < 5; i++) await contribute(people[i], at(PREVIOUS, 6));
    const hidden = await contribute(people[1], at(YEAR, 2));
    await t.db.query(`UPDATE contributions SET hidden_at = now() WHERE source_ref = $1`, [hidden]);
    await t.db.query(
      `INSERT INTO participations (consultation_id, source, source_ref, participant_key, category, country, created_at) VALUES ($1, 'questionnaire_response', 'r1', $2, 'resident', 'ES', $3)`,
      [consultationId, `u:${people[0]}`, at(YEAR, 2)],
    );

    // Interviews (two held this year, one planned), proposals, rooms.
    const interview = async (status: string, kind: string, when: Date) =>
      (
        await t.db.query(
          `INSERT INTO interviews (consultation_id, kind, format, status, scheduled_at) VALUES ($1, $2, 'in_person', $3, $4) RETURNING id`,
          [consultationId, kind, status, when],
        )
      )[0].id;
    const i1 = await interview('held', 'interview', at(YEAR, 3));
    const i2 = await interview('held', 'meeting', at(YEAR, 4));
    await interview('planned', 'interview', at(YEAR, 12, 30));
    await t.db.query(
      `INSERT INTO interview_invitees (interview_id, kind, name, attended) VALUES ($1, 'organisation', 'CIDOB', true), ($1, 'organisation', 'Hospital', false), ($2, 'organisation', 'cidob ', true), ($2, 'organisation', 'UB', true)`,
      [i1, i2],
    );
    const proposal = (status: string, submitted: Date | null, changed: Date | null) =>
      t.db.query(
        `INSERT INTO proposals (consultation_id, author_id, author_category, title, body, status, submitted_at, status_changed_at) VALUES ($1, $2, 'resident', 'Idée', 'Texte', $3, $4, $5)`,
        [consultationId, people[0], status, submitted, changed],
      );
    await proposal('submitted', at(YEAR, 2), at(YEAR, 2));
    await proposal('accepted', at(YEAR, 2), at(YEAR, 6));
    await proposal('partially_accepted', at(PREVIOUS, 10), at(YEAR, 1));
    await proposal('draft', null, null);
    await t.db.query(
      `INSERT INTO rooms (consultation_id, title, starts_at, ends_at, status, opened_at) VALUES ($1, '{"fr":"Salon"}', $2, $2, 'closed', $2), ($1, '{"fr":"Futur"}', $2, $2, 'scheduled', NULL)`,
      [consultationId, at(YEAR, 5)],
    );
    await official.client
      .put('/api/accountability/partners', {
        slug: 'tunis',
        name: 'Tunis',
        country: 'TN',
        region: 'mediterranean',
        priority: 'priority',
        kind: 'bilateral',
        latitude: 36.8,
        longitude: 10.18,
        agreements: [{ title: 'Convention', signedOn: `${YEAR}-03-01` }],
      })
      .expect(200);
  });
  afterAll(() => t.close());

  it('only officials and admins generate, edit, publish and see drafts: the policy matrix', async () => {
    const matrix: [string, ApiClient, number][] = [
      ['anonymous', anonymous, 401],
      ['participant', participant.client, 403],
      ['facilitator', facilitator.client, 403],
      ['official', official.client, 201],
      ['admin', admin.client, 201],
    ];
    let draft: any;
    for (const [who, client, expected] of matrix) {
      const res = await client.post('/api/summaries', { plan: plan.slug, year: PREVIOUS });
      expect([who, res.status]).toEqual([who, expected]);
      if (res.status === 201) draft = res.body;
    }
    // The second generation refreshed the same draft: one draft per year.
    expect(draft).toMatchObject({ year: PREVIOUS, version: 1, status: 'draft', revision: 1 });
    const narrative = { introduction: { fr: 'Une année de préparation.' } };
    for (const [who, client, expected] of matrix) {
      const denied = expected !== 201;
      const seen = await client.get(`/api/summaries/${plan.slug}/${PREVIOUS}?version=draft`);
      expect([who, 'read', seen.status]).toEqual([who, 'read', denied ? 404 : 200]);
      const pdf = await client.get(`/api/summaries/${plan.slug}/${PREVIOUS}/pdf?version=draft`);
      expect([who, 'pdf', pdf.status]).toEqual([who, 'pdf', denied ? 404 : 200]);
      const list = (await client.get('/api/summaries').expect(200)).body;
      expect([who, list.drafts.length, list.can.generate]).toEqual([who, denied ? 0 : 1, !denied]);
      const put = await client.put(`/api/summaries/${draft.id}`, { narrative, revision: draft.revision });
      expect([who, 'edit', put.status]).toEqual([who, 'edit', denied ? expected : 200]);
      if (!denied) draft = put.body;
      const del = await client.delete(`/api/summaries/${randomUUID()}`);
      expect([who, 'discard', del.status]).toEqual([who, 'discard', denied ? expected : 404]);
    }
    for (const [who, client, expected] of matrix.slice(0, 3)) {
      const res = await client.post(`/api/summaries/${draft.id}/publish`, { revision: draft.revision });
      expect([who, 'publish', res.status]).toEqual([who, 'publish', expected]);
    }
    // The public sees nothing yet.
    await anonymous.get(`/api/summaries/${plan.slug}/${PREVIOUS}`).expect(404);
    expect((await anonymous.get('/api/summaries').expect(200)).body.published).toEqual([]);
    const published = (await official.client.post(`/api/summaries/${draft.id}/publish`, { revision: draft.revision }).expect(200)).body;
    expect(published).toMatchObject({ status: 'published', version: 1, can: { edit: false, publish: false } });
    const seen = (await anonymous.get(`/api/summaries/${plan.slug}/${PREVIOUS}`).expect(200)).body;
    expect(seen).toMatchObject({
      id: draft.id,
      status: 'published',
      narrativeHtml: { introduction: { fr: '<p>Une année de préparation.</p>' } },
    });
  });

  it('fills the draft from the year’s data, hides small groups, compares with the published previous year', async () => {
    const draft = (await official.client.post('/api/summaries', { plan: plan.id, year: YEAR }).expect(201)).body;
    const f = draft.figures;
    expect(f.territory.name.ca).toBe('Àrea Metropolitana de Barcelona');
    expect(f.participation).toMatchObject({
      consultations: 1,
      interviews: 1,
      meetings: 1,
      // CIDOB met twice (spelled two ways) counts once; the absent hospital does not count.
      institutions: 2,
      // 12 residents + 6 academics + 5 diaspora + 1 named institution; the hidden contribution is not counted.
      participants: 24,
      contributions: 25,
      otherInputs: 1,
      proposalsReceived: 2,
      proposalsAccepted: 2,
      rooms: 1,
      countries: 3,
      minCell: 5,
    });
    expect(f.participation.bySource).toEqual([
      { source: 'questionnaire_answer', contributions: 12 },
      { source: 'interview_key_point', contributions: 7 },
      { source: 'proposal', contributions: 1 },
      { source: 'room_message', contributions: 5 },
    ]);
    // The public institution (1) is below 5, and hidden alone it could be worked out from the total:
    // the next smallest group (diaspora, 5) is hidden too, as on the public dashboard.
    expect(f.participation.byCategory).toEqual([
      { category: 'resident', participants: 12 },
      { category: 'academia', participants: 6 },
      { category: 'diaspora', participants: null },
      { category: 'public_institution', participants: null },
    ]);
    expect(f.participation.byCountry).toEqual([
      { country: 'ES', participants: 13 },
      { country: 'FR', participants: 6 },
      { country: 'SN', participants: 5 },
    ]);
    expect(f.actions).toMatchObject({ total: 1, progress: 40, byStatus: { in_progress: 1 } });
    expect(f.actions.lines.map((l: any) => [l.code, l.progress, l.actions])).toEqual([
      ['1', 40, 1],
      ['2', 0, 0],
    ]);
    // The latest measurement up to the end of the year (1, in January), not next year's 7.
    expect(f.indicators.items[0]).toMatchObject({ actionCode: '1.1', latestValue: 1, latestOn: `${YEAR}-01-10`, targetValue: 8 });
    expect(f.partnerships).toMatchObject({ partners: 1, agreementsSigned: 1, perRegion: { mediterranean: 1 } });
    expect(f.budget).toEqual({ planned: 10000, spent: 2500 });
    expect(f.key).toMatchObject({ participants: 24, contributions: 25, actionProgress: 40, partners: 1, budgetSpent: 2500 });
    // The previous year's published summary is the reference.
    expect(f.previous).toMatchObject({ year: PREVIOUS, source: 'published', version: 1, key: { participants: 5, contributions: 5 } });

    // A year before anything was published compares with figures computed for the year before.
    const older = (await official.client.post('/api/summaries', { plan: plan.slug, year: PREVIOUS - 1 }).expect(201)).body;
    expect(older.figures.previous).toMatchObject({
      year: PREVIOUS - 2,
      source: 'computed',
      version: null,
      key: { contributions: 0, actionProgress: null, budgetSpent: null },
    });
    // A future year cannot be summarised.
    const future = await official.client.post('/api/summaries', { plan: plan.slug, year: YEAR + 1 }).expect(422);
    expect(future.body.error.fields[0]).toMatchObject({ path: 'year', code: 'out_of_range' });
    // Nothing is published without an introduction; a discarded draft is gone.
    const empty = await official.client.post(`/api/summaries/${older.id}/publish`, { revision: older.revision }).expect(422);
    expect(empty.body.error.fields).toEqual([expect.objectContaining({ path: 'narrative.introduction', code: 'required' })]);
    await official.client.delete(`/api/summaries/${older.id}`).expect(204);
    await official.client.get(`/api/summaries/${plan.slug}/${PREVIOUS - 1}?version=draft`).expect(404);

    // Regenerating the draft refreshes its figures and keeps its narrative.
    const saved = await official.client
      .put(`/api/summaries/${draft.id}`, {
        narrative: { introduction: { fr: 'Bilan <script>alert(1)</script> [lien](javascript:alert(1))', es: 'Balance' } },
        revision: draft.revision,
      })
      .expect(200);
    // The narrative is shown as sanitised HTML: no script, no javascript: link.
    expect(saved.body.narrativeHtml.introduction.fr).not.toMatch(/<script|href="javascript/);
    expect(saved.body.narrativeHtml.introduction.fr).toContain('&lt;script&gt;');
    await contribute(people[5], at(YEAR, 9), 'proposal_comment');
    const again = (await official.client.post('/api/summaries', { plan: plan.slug, year: YEAR }).expect(201)).body;
    expect(again).toMatchObject({ id: draft.id, narrative: { introduction: { es: 'Balance' } } });
    expect(again.figures.participation.contributions).toBe(26);
  });

  it('a published summary never changes; a correction is version 2 with a reason, and version 1 stays visible and linked', async () => {
    const v1 = (await anonymous.get(`/api/summaries/${plan.slug}/${PREVIOUS}`).expect(200)).body;
    // Every write on the published version is refused with a translated message.
    const put = await official.client
      .put(`/api/summaries/${v1.id}`, { narrative: { introduction: { fr: 'Réécrit' } }, revision: v1.revision })
      .set('Accept-Language', 'es')
      .expect(409);
    expect(put.body.error).toMatchObject({ code: 'summaries.published', message: translate('es', 'errors.summaries.published') });
    expect(put.body.error.message).toMatch(/publicado/);
    expect((await official.client.post(`/api/summaries/${v1.id}/publish`, { revision: v1.revision }).expect(409)).body.error.code).toBe(
      'summaries.published',
    );
    expect((await official.client.delete(`/api/summaries/${v1.id}`).expect(409)).body.error.code).toBe('summaries.published');
    const [row] = await t.db.query(`SELECT figures, narrative, revision FROM annual_summaries WHERE id = $1`, [v1.id]);

    // Generating the year again opens the correction: version 2, starting from version 1's narrative.
    await contribute(people[6], at(PREVIOUS, 8));
    const v2 = (await official.client.post('/api/summaries', { plan: plan.slug, year: PREVIOUS }).expect(201)).body;
    expect(v2).toMatchObject({ version: 2, status: 'draft', narrative: v1.narrative });
    expect(v2.figures.participation.contributions).toBe(v1.figures.participation.contributions + 1);
    // A stale revision is a conflict; publishing without a reason is refused.
    expect(
      (await official.client.put(`/api/summaries/${v2.id}`, { narrative: v2.narrative, revision: v2.revision + 5 }).expect(409)).body.error
        .code,
    ).toBe('summaries.edit_conflict');
    const noReason = await official.client.post(`/api/summaries/${v2.id}/publish`, { revision: v2.revision }).expect(422);
    expect(noReason.body.error.fields).toEqual([expect.objectContaining({ path: 'correctionReason', code: 'required' })]);
    const published = (
      await official.client
        .post(`/api/summaries/${v2.id}/publish`, { revision: v2.revision, correctionReason: 'Une contribution d’août manquait.' })
        .expect(200)
    ).body;
    expect(published).toMatchObject({
      version: 2,
      status: 'published',
      correctionReason: 'Une contribution d’août manquait.',
      supersededBy: null,
    });

    // The public reads version 2 by default, version 1 on request, marked as superseded.
    const latest = (await anonymous.get(`/api/summaries/${plan.slug}/${PREVIOUS}`).expect(200)).body;
    expect(latest).toMatchObject({ version: 2, versions: [{ version: 2 }, { version: 1 }] });
    const old = (await anonymous.get(`/api/summaries/${plan.slug}/${PREVIOUS}?version=1`).expect(200)).body;
    expect(old).toMatchObject({ id: v1.id, version: 1, supersededBy: 2 });
    // Version 1's row is exactly as published.
    expect((await t.db.query(`SELECT figures, narrative, revision FROM annual_summaries WHERE id = $1`, [v1.id]))[0]).toEqual(row);
    // The home page list shows one entry per year: its latest version.
    const list = (await anonymous.get('/api/summaries').expect(200)).body;
    expect(list.published.map((s: any) => [s.year, s.version])).toEqual([[PREVIOUS, 2]]);
    expect(list.published[0].teaser.fr).toBe('Une année de préparation.');
  });

  it('prints an A4 PDF in each language with the territory and the year on the cover, within 8 pages', async () => {
    const draft = (await official.client.get(`/api/summaries/${plan.slug}/${YEAR}?version=draft`).expect(200)).body;
    await official.client
      .put(`/api/summaries/${draft.id}`, {
        narrative: {
          introduction: {
            fr: 'Une année **d’écoute** : à Barcelone, à Tunis et à Bogotá.',
            ca: 'Un any d’escolta: col·laboració amb els municipis.',
            es: '¿Qué hicimos? ¡Escuchar!',
          },
          highlights: { fr: '- Première salle de discussion\n- Douze habitants' },
        },
        revision: draft.revision,
      })
      .expect(200);
    const current = (await official.client.get(`/api/summaries/${plan.slug}/${YEAR}?version=draft`).expect(200)).body;
    await official.client.post(`/api/summaries/${current.id}/publish`, { revision: current.revision }).expect(200);
    const territory = {
      fr: 'AIRE MÉTROPOLITAINE DE BARCELONE',
      es: 'ÁREA METROPOLITANA DE BARCELONA',
      ca: 'ÀREA METROPOLITANA DE BARCELONA',
      en: 'BARCELONA METROPOLITAN AREA',
    };
    for (const lang of ['fr', 'es', 'ca', 'en'] as const) {
      const res = await anonymous.download(`/api/summaries/${plan.slug}/${YEAR}/pdf?lang=${lang}`).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.body as Buffer;
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(4);
      expect(pageCount(pdf)).toBeLessThanOrEqual(8);
      const cover = pdfText(pdf, { page: 1, layout: true });
      expect(cover).toContain(String(YEAR));
      expect(cover).toContain(territory[lang]);
      expect(pdfText(pdf, { page: 2, layout: true })).toContain((catalogs[lang].summaries as any).keyFigures.title);
    }
    // Accented and Catalan letters survive; a missing language falls back visibly.
    const ca = pdfText((await anonymous.download(`/api/summaries/${plan.slug}/${YEAR}/pdf?lang=ca`)).body, { layout: true });
    expect(ca).toContain('col·laboració');
    expect(ca).toContain('Àrea Metropolitana');
    // Highlights were written in French only: the Catalan and English PDFs print them machine translated (Apertium),
    // and say so with the language of the original; never the French text without a word.
    const mark = (lang: 'ca' | 'en') =>
      (catalogs[lang].summaries as any).pdf.machineTranslated.replaceAll('{{language}}', (catalogs[lang].summaries as any).languages.fr);
    expect(flat(ca)).toContain(flat(mark('ca')));
    expect(ca).not.toContain('Première salle');
    expect(ca).toMatch(/Dotze habitants/);
    const en = pdfText((await anonymous.download(`/api/summaries/${plan.slug}/${YEAR}/pdf?lang=en`)).body, { layout: true });
    expect(flat(en)).toContain(flat(mark('en')));
    expect(en).not.toContain('Première salle');
    expect(en).toMatch(/Twelve inhabitants/);
    // Names too: the indicator named only in French is translated and starred, with the note saying what the star means.
    expect(en).not.toContain('Prises de position');
    expect(flat(en)).toContain(flat((catalogs.en.summaries as any).pdf.namesMachineTranslated));
    // Translation off (no translations given): the original, said to be in French.
    const published = (await anonymous.get(`/api/summaries/${plan.slug}/${YEAR}`).expect(200)).body;
    const off = pdfText(await renderSummaryPdf(published, 'ca'), { layout: true });
    expect(off).toContain('Première salle');
    expect(off).toContain('Prises de position (FR)');
    expect(flat(off)).toContain(
      flat((catalogs.ca.summaries as any).fallback.replace('{{language}}', (catalogs.ca.summaries as any).languages.fr)),
    );
    const fr = pdfText((await anonymous.download(`/api/summaries/${plan.slug}/${YEAR}/pdf?lang=fr`)).body, { layout: true });
    expect(fr).toContain('d’écoute');
    expect(fr).toContain('Bogotá');
  });
});
