import { randomUUID } from 'node:crypto';
import { catalogs, translate } from '@polyphony/i18n';
import type { TestApp } from '../../../test-support/test-app';
import type { ApiClient } from '../../../test-support/api-client';
import { flat, pdfText } from '../../../test-support/poppler';
import { renderSummaryPdf } from '../summary-pdf';
import { appWithSummaryYears, at, PREVIOUS, YEAR, type SummaryYears } from './annual-summaries-fixtures';

jest.setTimeout(180_000);

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('annual summaries', () => {
  let t: TestApp;
  let official: SummaryYears['official'];
  let admin: SummaryYears['admin'];
  let participant: SummaryYears['participant'];
  let facilitator: SummaryYears['facilitator'];
  let anonymous: ApiClient;
  let plan: SummaryYears['plan'];
  let people: string[];
  let contribute: SummaryYears['contribute'];
  appWithSummaryYears((years) => ({ t, official, admin, participant, facilitator, anonymous, plan, people, contribute } = years));

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
