import { catalogs } from '@polyphony/i18n';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import type { ApiClient } from '../../../test-support/api-client';
import { signUpAs } from '../../../test-support/fixtures';
import { flat, readPdf } from '../../../test-support/poppler';
import { planWithLines } from '../../plan/__tests__/plan-kit';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { renderSummaryPdf } from '../summary-pdf';

jest.setTimeout(180_000);

const YEAR = new Date().getUTCFullYear();

const INTRO = { fr: 'Une année d’écoute, de Barcelone à Tunis.', en: 'A year of listening, from Barcelona to Tunis.' };
const HIGHLIGHTS = 'Première salle de discussion ouverte aux habitants.';
/** The unit of planWithLines' indicator, named in French only in the taxonomy. */
const UNIT = 'documents publiés';

/** Real PostgreSQL and real Apertium: what the summary lacks in English is machine translated and marked. */
describe('the annual summary PDF: tagged, in reading order, every name marked', () => {
  let t: TestApp;
  let official: ApiClient;
  let slug: string;
  let published: any;

  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium' });
    await t.db.query(
      `INSERT INTO territories (slug, name, country) VALUES ('amb', '{"fr":"Aire métropolitaine de Barcelone","en":"Barcelona Metropolitan Area"}', 'ES')`,
    );
    await t.db.query(`UPDATE taxonomy_entries SET label = $1 WHERE kind = 'indicator_unit' AND key = 'documents'`, [{ fr: UNIT }]);
    official = (await signUpAs(t, 'official')).client;
    const { plan } = await planWithLines(official, (await publishedConsultation(official)).id);
    slug = plan.slug;
    await t.db.query(`UPDATE plans SET status = 'adopted' WHERE id = $1`, [plan.id]);
    const draft = (await official.post('/api/summaries', { plan: plan.id, year: YEAR }).expect(201)).body;
    const edited = (
      await official
        .put(`/api/summaries/${draft.id}`, { narrative: { introduction: INTRO, highlights: { fr: HIGHLIGHTS } }, revision: draft.revision })
        .expect(200)
    ).body;
    published = (await official.post(`/api/summaries/${draft.id}/publish`, { revision: edited.revision }).expect(200)).body;
  });
  afterAll(() => t.close());

  it.each(['fr', 'en'] as const)(
    'in %s: tagged, in its language, headings, figures, lists and the indicator table in reading order',
    async (lang) => {
      const pdf = readPdf((await official.download(`/api/summaries/${slug}/${YEAR}/pdf?lang=${lang}`).expect(200)).body as Buffer);
      const s = catalogs[lang].summaries as any;
      expect(pdf.tagged).toBe(true);
      expect(pdf.lang).toBe(lang);
      expect(pdf.nodes[0].type).toBe('Document');
      expect(pdf.nodes.filter((n) => n.type === 'H1').map((n) => flat(n.text))).toEqual([`${s.pdf.coverTitle} ${YEAR}`]);
      const of = (type: string) => pdf.nodes.filter((n) => n.type === type).map((n) => flat(n.text));
      expect(of('H2')).toEqual([
        s.pdf.inBrief.toUpperCase(),
        s.keyFigures.title,
        s.participation.title,
        s.progress.title,
        s.indicators.title,
        s.partners.title,
        s.budget.title,
      ]);
      expect(of('H3').slice(0, 2)).toEqual([s.sections.introduction, s.sections.highlights]);
      // The narrative is paragraphs under its heading, before the parts that follow it.
      const order = pdf.nodes.map((n) => flat(n.text));
      const intro = order.indexOf(INTRO[lang]);
      expect(intro).toBeGreaterThan(order.indexOf(s.sections.introduction));
      expect(pdf.nodes[intro].type).toBe('P');
      expect(intro).toBeLessThan(order.indexOf(s.participation.title));
      // Charts are figures read by their text alternative; the four brief and twelve key figures are list items;
      // the indicator is a table row headed by its name.
      expect(of('Figure').length).toBeGreaterThanOrEqual(3);
      expect(pdf.figuresWithAlt).toBe(of('Figure').length);
      expect(of('LI').length).toBe(16);
      expect(of('Table').length).toBe(1);
      expect(of('TH')).toHaveLength(1);
      expect(of('TH')[0]).toMatch(lang === 'fr' ? /^1\.1 · Prises de position$/ : /^1\.1 · .+ \*$/);
      expect(pdf.languages).toEqual([]);
      // The text reads in the same order.
      const text = flat(pdf.text);
      let from = 0;
      for (const part of [
        INTRO[lang],
        s.sections.highlights,
        s.participation.title,
        s.progress.title,
        s.indicators.title,
        s.partners.title,
        s.budget.title,
      ]) {
        const at = text.indexOf(part, from);
        expect([part, at > from]).toEqual([part, true]);
        from = at;
      }
    },
  );

  it('a unit named only in French is machine translated and starred in English, like the names; given in French with (FR) when translation is off', async () => {
    const asked = (await official.post('/api/translations', { to: 'en', items: [{ from: 'fr', text: UNIT }] }).expect(200)).body;
    expect(asked.available).toBe(true);
    const unit = asked.items[0].translation;
    expect(unit).not.toBe(UNIT);
    const en = flat(readPdf((await official.download(`/api/summaries/${slug}/${YEAR}/pdf?lang=en`).expect(200)).body as Buffer).text);
    expect(en).toContain(`${unit} *`);
    expect(en).not.toContain(UNIT);
    expect(en).toContain(flat((catalogs.en.summaries as any).pdf.namesMachineTranslated));
    const fr = flat(readPdf((await official.download(`/api/summaries/${slug}/${YEAR}/pdf?lang=fr`).expect(200)).body as Buffer).text);
    expect(fr).toContain(`8 ${UNIT}`);
    expect(fr).not.toContain(`${UNIT} *`);

    // Translation off: the original, with its language code; the French-only highlights keep their own language.
    const off = readPdf(
      await renderSummaryPdf(published, 'ca', { timeZone: 'UTC', label: (_k, key) => key, units: new Map([['documents', { fr: UNIT }]]) }),
    );
    expect(flat(off.text)).toContain(`${UNIT} (FR)`);
    expect(off.lang).toBe('ca');
    expect(off.languages).toEqual([
      ['P', 'fr'],
      ['P', 'fr'],
    ]);
    expect(off.nodes.find((n) => n.type === 'P' && flat(n.text) === HIGHLIGHTS)).toBeDefined();
  });
});
