import { randomUUID } from 'node:crypto';
import { catalogs } from '@polyphony/i18n';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import type { ApiClient } from '../../../test-support/api-client';
import { signUpAs } from '../../../test-support/fixtures';
import { flat, readPdf } from '../../../test-support/poppler';
import { content, planWithLines } from './plan-kit';

jest.setTimeout(180_000);

const LONG =
  'La métropole porte sa voix dans les réseaux de villes européens et méditerranéens, avec les communes, les universités et les associations du territoire, pour que chaque coopération profite aux habitants et que ses résultats soient publiés chaque année.';
const TITLES = { fr: 'Plan d’internationalisation', es: 'Plan de internacionalización' } as const;

/** Real PostgreSQL, machine translation off: texts the plan lacks in Spanish are printed in French, said to be. */
describe('the plan PDF: tagged, laid out like the summary', () => {
  let t: TestApp;
  let official: ApiClient;
  let planId: string;
  /** The sections' titles in reading order, as the plan was written (French). */
  const order: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'none' });
    await t.db.query(
      `INSERT INTO territories (slug, name, country, primary_color) VALUES ('amb', '{"fr":"Aire métropolitaine de Barcelone","es":"Área Metropolitana de Barcelona"}', 'ES', '#8a1538')`,
    );
    // The unit of planWithLines' indicator, named in French only.
    await t.db.query(
      `UPDATE taxonomy_entries SET label = '{"fr":"documents publiés"}' WHERE kind = 'indicator_unit' AND key = 'documents'`,
    );
    official = (await signUpAs(t, 'official')).client;
    const { plan } = await planWithLines(official);
    planId = plan.id;
    order.push('Influencer les agendas', 'Agenda européen et ONU', 'Présider un groupe de travail d’Eurocities', 'Fonds européens');
    // Three more lines, each with two actions of a few paragraphs: enough for several pages.
    for (const l of ['Coopération méditerranéenne', 'Diaspora et solidarité', 'Attractivité et talents']) {
      const line = (
        await official.post(`/api/plans/${plan.id}/sections`, { kind: 'strategic_line', content: content(l, [LONG]) }).expect(201)
      ).body;
      order.push(l);
      for (const a of [1, 2]) {
        const title = `${l} : action ${a}`;
        await official
          .post(`/api/plans/${plan.id}/sections`, {
            kind: 'action',
            parentId: line.id,
            content: content(title, [LONG, LONG], {
              expectedResults: [{ id: randomUUID(), text: { fr: 'Un rapport public par an.' } }],
              partners: [{ kind: 'network', name: 'MedCities' }],
            }),
          })
          .expect(201);
        order.push(title);
      }
    }
  });
  afterAll(() => t.close());

  it.each(['fr', 'es'] as const)(
    'in %s: tagged, in its language, headings and paragraphs in reading order, a real cover, no mostly empty page',
    async (lang) => {
      const pdf = readPdf((await official.download(`/api/plans/${planId}/export/pdf?lang=${lang}`).expect(200)).body as Buffer);
      const exp = (catalogs[lang].plan as any).export;
      expect(pdf.tagged).toBe(true);
      expect(pdf.lang).toBe(lang);

      // The structure tree: one document, its title (H1) on the cover, the sections' titles as H2 (objectives, lines)
      // and H3 (actions) in the order of the plan, then the annex; paragraphs, lists and the annex table.
      expect(pdf.nodes[0].type).toBe('Document');
      const h1 = pdf.nodes.filter((n) => n.type === 'H1');
      expect(h1.map((n) => flat(n.text))).toEqual([`${TITLES[lang]} 2026–2030`]);
      const headings = pdf.nodes.filter((n) => /^H[234]$/.test(n.type));
      const at = (title: string, type?: string) => headings.findIndex((h) => h.text.includes(title) && (!type || h.type === type));
      expect(order.map((title) => at(title)).every((i, n, all) => i >= 0 && (n === 0 || i > all[n - 1]))).toBe(true);
      expect(at('Agenda européen et ONU', 'H2')).toBeGreaterThan(-1);
      expect(at('Diaspora et solidarité : action 2', 'H3')).toBeGreaterThan(-1);
      expect(at(exp.annex.title, 'H2')).toBe(headings.length - 2);
      expect(at(exp.annex.byCategory, 'H3')).toBe(headings.length - 1);
      const types = new Set(pdf.nodes.map((n) => n.type));
      for (const type of ['P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH']) expect([type, types.has(type)]).toEqual([type, true]);
      expect(pdf.nodes.filter((n) => n.type === 'TH').map((n) => n.text)).toEqual([
        exp.annex.category,
        exp.annex.participantsColumn,
        exp.annex.contributionsColumn,
      ]);
      expect(pdf.nodes.some((n) => n.type === 'P' && flat(n.text) === LONG)).toBe(true);
      // The French paragraphs of a Spanish PDF declare their language; nothing does in the French one.
      if (lang === 'es') expect(pdf.languages).toContainEqual(['P', 'fr']);
      else expect(pdf.languages).toEqual([]);

      // Reading order of the text itself.
      const text = flat(pdf.text);
      const positions = order.map((title) => text.indexOf(title));
      expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]))).toBe(true);
      expect(text.lastIndexOf(exp.annex.title)).toBeGreaterThan(positions.at(-1)!);
      // A unit named in French only is marked like the other names in the Spanish PDF.
      expect(text).toContain(lang === 'es' ? '8 documents publiés (FR)' : '8 documents publiés (2030-12-31)');

      // The cover: territory, title, period, edition, language.
      const cover = flat(pdf.pages[0]);
      for (const part of [
        lang === 'es' ? 'ÁREA METROPOLITANA DE BARCELONA' : 'AIRE MÉTROPOLITAINE DE BARCELONE',
        TITLES[lang],
        '2026–2030',
        exp.draft,
        exp.language.replace('{{language}}', (catalogs[lang].officialLanguages as any).languages[lang]),
      ])
        expect(cover).toContain(part);
      expect(cover).not.toContain(LONG.slice(0, 40));

      // Sections flow: every page between the cover and the last is mostly full, each numbered in the footer, and
      // none ends on a heading.
      expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
      pdf.pages.forEach((page, i) => {
        expect(flat(page)).toContain(exp.page.replace('{{page}}', String(i + 1)).replace('{{pages}}', String(pdf.pages.length)));
        if (i === 0 || i === pdf.pages.length - 1) return;
        expect([i + 1, pdf.filled[i] > 0.75]).toEqual([i + 1, true]);
        const lines = page
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !l.includes(TITLES[lang]));
        const last = lines.at(-1)!;
        expect([i + 1, last, headings.some((h) => flat(h.text).endsWith(last))]).toEqual([i + 1, last, false]);
      });
    },
  );
});
