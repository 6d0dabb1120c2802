import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUpAs } from '../../../test-support/fixtures';
import { flat, pdfText } from '../../../test-support/poppler';
import { planWithLines } from './plan-kit';

jest.setTimeout(180_000);

/** planWithLines writes its action (title, paragraph, expected result, lead department) in French only. */
const FRENCH = {
  title: 'Présider un groupe de travail d’Eurocities',
  paragraph: 'Porter la voix de la métropole.',
  result: 'Deux prises de position par an.',
  lead: 'Relations internationales',
};

/** Real PostgreSQL and real Apertium (the Debian packages; `.ci/run` installs them). */
describe('plan exports in a language the plan lacks: machine translated and marked', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium' });
  });
  afterAll(() => t.close());

  it('a Spanish PDF and HTML print the French-only action in Spanish, each paragraph with its note and each name starred', async () => {
    const official = await signUpAs(t, 'official');
    const { plan } = await planWithLines(official.client);
    // What the pages show for the same texts (the one service, cached): the export prints the same translations.
    const asked = (
      await official.client
        .post('/api/translations', {
          to: 'es',
          items: [FRENCH.paragraph, FRENCH.result, FRENCH.title].map((text) => ({ from: 'fr', text })),
        })
        .expect(200)
    ).body;
    expect(asked.available).toBe(true);
    const [paragraph, result, title] = asked.items.map((i: { translation: string }) => i.translation);
    expect(paragraph).not.toBe(FRENCH.paragraph);

    const html = (await official.client.get(`/api/plans/${plan.id}/export/html?lang=es`).expect(200)).text;
    expect(html).toContain('<html lang="es">');
    expect(html).toContain(paragraph);
    expect(html).toContain(result);
    expect(html).toContain(`${title} *`);
    expect(html).toContain('Traducido automáticamente del francés');
    expect(html).toContain('* Traducción automática, aún no revisada por el territorio.');
    // Never the French original without a word: no French text is left in the Spanish export.
    for (const french of Object.values(FRENCH)) expect(html).not.toContain(french);
    // The plan's own title has Spanish: printed as written, unmarked.
    expect(html).toContain('<h1>Plan de internacionalización</h1>');

    const pdf = flat(pdfText((await official.client.download(`/api/plans/${plan.id}/export/pdf?lang=es`).expect(200)).body as Buffer));
    expect(pdf).toContain(paragraph);
    expect(pdf).toContain(`${title} *`);
    expect(pdf).toContain('Traducido automáticamente del francés');
    expect(pdf).not.toContain(FRENCH.paragraph);

    // English has no direct pair with French (through Spanish): still translated and marked, the plan title too.
    const en = (await official.client.get(`/api/plans/${plan.id}/export/html?lang=en`).expect(200)).text;
    expect(en).toContain('Machine translated from French');
    expect(en).not.toContain(FRENCH.paragraph);
    expect(en).toMatch(/<h1>[^<]+ \*<\/h1>/);
  });

  it('a text filled by machine translation and not yet reviewed is printed with its "to review" note', async () => {
    const official = await signUpAs(t, 'official');
    const { plan, action } = await planWithLines(official.client);
    const filled = (
      await official.client.post(`/api/plans/${plan.id}/sections/${action.id}/fill-languages`, { revision: action.revision }).expect(200)
    ).body;
    expect(filled.content.review).toContainEqual({ field: 'title', language: 'es', from: 'fr' });
    const html = (await official.client.get(`/api/plans/${plan.id}/export/html?lang=es`).expect(200)).text;
    expect(html).toContain('Traducido automáticamente del francés, pendiente de revisión');
  });
});

describe('plan exports when machine translation is off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'none' });
  });
  afterAll(() => t.close());

  it('the original is printed with a note naming its language; names carry their language code', async () => {
    const official = await signUpAs(t, 'official');
    const { plan } = await planWithLines(official.client);
    const html = (await official.client.get(`/api/plans/${plan.id}/export/html?lang=es`).expect(200)).text;
    expect(html).toMatch(new RegExp(`<div lang="fr"><p>${FRENCH.paragraph.replace('.', '\\.')}</p>\\s*</div>`));
    expect(html).toContain('Solo en francés: la traducción automática no está disponible');
    expect(html).toContain(`${FRENCH.title} (FR)`);
    expect(html).toContain(`${FRENCH.lead} (FR)`);
    expect(html).toContain('Un nombre seguido de un código de idioma se muestra en ese idioma');

    const pdf = flat(pdfText((await official.client.download(`/api/plans/${plan.id}/export/pdf?lang=es`).expect(200)).body as Buffer));
    expect(pdf).toContain(FRENCH.paragraph);
    expect(pdf).toContain('Solo en francés');
    expect(pdf).toContain(`${FRENCH.lead} (FR)`);
  });
});
