import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { appWithOfficialAndResident, signUpAs, type SignedUpPerson as Person } from '../../../test-support/fixtures';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { contribution, planWithLines, theme } from '../../plan/__tests__/plan-kit';

/** Real PostgreSQL and real Apertium (the Debian packages; `.ci/run` installs them). */
describe('official content in every language: reader fallback, "to review" marks, accepted suggestions', () => {
  let t: TestApp;
  let official: Person;
  let resident: Person;
  appWithOfficialAndResident({ TRANSLATION_ENGINE: 'apertium' }, (cast) => ({ t, official, resident } = cast));

  async function frenchOnlyPlan() {
    const plan = (
      await official.client
        .post('/api/plans', {
          slug: `langs-${randomUUID().slice(0, 8)}`,
          title: { fr: 'Plan international' },
          periodStart: 2026,
          periodEnd: 2030,
          languages: ['fr', 'es', 'en'],
          consultationId: null,
        })
        .expect(201)
    ).body;
    const paragraphId = randomUUID();
    const section = (
      await official.client
        .post(`/api/plans/${plan.id}/sections`, {
          kind: 'text',
          content: {
            title: { fr: 'La coopération internationale' },
            paragraphs: [{ id: paragraphId, text: { fr: 'La ville travaille avec ses partenaires européens.' } }],
          },
        })
        .expect(201)
    ).body;
    return { plan, section, paragraphId };
  }

  it('a reader missing their language gets a machine translation from the best source (the one service, cached), Markdown rendered', async () => {
    // What the web's useLocalize asks for a plan paragraph written in Spanish and French only, read in English.
    const body = {
      to: 'en',
      items: [
        { from: 'es', text: 'La ciudad **coopera** con sus socios europeos.', format: 'markdown' },
        { from: 'fr', text: 'Les réseaux de villes', format: 'text' },
      ],
    };
    const first = (await resident.client.post('/api/translations', body).expect(200)).body;
    expect(first.available).toBe(true);
    expect(first.items[0].translation.toLowerCase()).toContain('city');
    expect(first.items[0].translation).not.toContain('ciudad');
    expect(first.items[0].html).toMatch(/^<p>.*<strong>.*<\/strong>.*<\/p>/s);
    // fr -> en has no pair: it goes through Spanish, and still reads as English.
    expect(first.items[1].translation.toLowerCase()).toMatch(/network|cities/);
    // Each text once per language: the second reader is served from PostgreSQL.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM machine_translations`);
    await (await t.client('en')).post('/api/translations', body).expect(200);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM machine_translations`))[0].n).toBe(n);
  });

  it('"fill the missing languages" stores machine texts marked to review; an approval or an edit clears a mark; a client cannot forge one', async () => {
    const { plan, section, paragraphId } = await frenchOnlyPlan();
    const url = `/api/plans/${plan.id}/sections/${section.id}`;
    await resident.client.post(`${url}/fill-languages`, { revision: section.revision }).expect(403);
    await official.client.post(`${url}/fill-languages`, { revision: section.revision + 1 }).expect(409);

    const filled = (await official.client.post(`${url}/fill-languages`, { revision: section.revision }).expect(200)).body;
    expect(filled.content.title.fr).toBe('La coopération internationale');
    expect(filled.content.title.es.toLowerCase()).toContain('cooperación');
    expect(filled.content.title.en.toLowerCase()).toContain('cooperation');
    expect(filled.content.paragraphs[0].text.en.toLowerCase()).toContain('partners');
    expect(filled.html[paragraphId].en).toMatch(/^<p>.*partners.*<\/p>/s);
    expect(filled.content.review).toEqual([
      { field: 'paragraphs.' + paragraphId, language: 'en', from: 'fr' },
      { field: 'paragraphs.' + paragraphId, language: 'es', from: 'fr' },
      { field: 'title', language: 'en', from: 'fr' },
      { field: 'title', language: 'es', from: 'fr' },
    ]);
    // Filling again has nothing left to do and keeps the marks.
    const again = (await official.client.post(`${url}/fill-languages`, { revision: filled.revision }).expect(200)).body;
    expect(again.content.review).toHaveLength(4);

    // Approving one mark: it goes, the others stay. Approving it twice: 404.
    const approved = (
      await official.client.post(`${url}/approve-translation`, { revision: again.revision, field: 'title', language: 'en' }).expect(200)
    ).body;
    expect(approved.content.review).toHaveLength(3);
    expect(approved.content.review).not.toContainEqual(expect.objectContaining({ field: 'title', language: 'en' }));
    await official.client.post(`${url}/approve-translation`, { revision: approved.revision, field: 'title', language: 'en' }).expect(404);
    await resident.client.post(`${url}/approve-translation`, { revision: approved.revision, field: 'title', language: 'es' }).expect(403);

    // An edit of the Spanish paragraph reviews it; a client cannot add a mark of its own.
    const edited = (
      await official.client
        .put(url, {
          revision: approved.revision,
          content: {
            ...approved.content,
            paragraphs: [
              { id: paragraphId, text: { ...approved.content.paragraphs[0].text, es: 'La ciudad trabaja con sus socios europeos.' } },
            ],
            review: [...approved.content.review, { field: 'title', language: 'fr', from: 'es' }],
          },
        })
        .expect(200)
    ).body;
    expect(edited.content.review).toEqual([
      { field: 'paragraphs.' + paragraphId, language: 'en', from: 'fr' },
      { field: 'title', language: 'es', from: 'fr' },
    ]);

    // The public version carries the marks: the page says "machine translated, to be reviewed".
    await official.client.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'Consultation' } }).expect(201);
    await official.client.post(`/api/plans/${plan.id}/versions/1/review`, { open: true }).expect(200);
    const shown = (await resident.client.get(`/api/plans/${plan.slug}`).expect(200)).body;
    expect(shown.sections.find((s: any) => s.id === section.id).content.review).toEqual(edited.content.review);
  });

  it('lead departments and budget lines are filled (marked to review) and approved like the other texts', async () => {
    const { plan, action } = await planWithLines(official.client);
    const url = `/api/plans/${plan.id}/sections/${action.id}`;
    const current = (await official.client.get(`/api/plans/${plan.id}`).expect(200)).body.sections.find((s: any) => s.id === action.id);
    const saved = (
      await official.client
        .put(url, {
          revision: current.revision,
          content: { ...current.content, budget: { line: { fr: 'Coopération au développement' }, amount: 1000, currency: 'EUR' } },
        })
        .expect(200)
    ).body;
    const filled = (await official.client.post(`${url}/fill-languages`, { revision: saved.revision }).expect(200)).body;
    expect(filled.content.leadDepartment.fr).toBe('Relations internationales');
    expect(filled.content.leadDepartment.es.toLowerCase()).toContain('relaciones internacionales');
    expect(filled.content.budget.line.es.toLowerCase()).toContain('cooperación');
    expect(filled.content.review).toEqual(
      expect.arrayContaining([
        { field: 'leadDepartment', language: 'es', from: 'fr' },
        { field: 'budget.line', language: 'es', from: 'fr' },
      ]),
    );
    const approved = (
      await official.client
        .post(`${url}/approve-translation`, { revision: filled.revision, field: 'leadDepartment', language: 'es' })
        .expect(200)
    ).body;
    expect(approved.content.review).not.toContainEqual(expect.objectContaining({ field: 'leadDepartment' }));
    expect(approved.content.review).toContainEqual({ field: 'budget.line', language: 'es', from: 'fr' });
    await resident.client
      .post(`${url}/approve-translation`, { revision: approved.revision, field: 'budget.line', language: 'es' })
      .expect(403);
  });

  it('an accepted suggestion is filled in every plan language (marked) and goes to the section and place the official chooses', async () => {
    const consultation = await publishedConsultation(official.client);
    const { plan, line1, line2, action } = await planWithLines(official.client, consultation.id);
    const said = await contribution(t, { consultationId: consultation.id, text: 'We need a European projects desk.' });
    const themeId = await theme(t, consultation.id, 'european projects', [said]);
    const suggestion = (
      await official.client
        .post(`/api/plans/${plan.id}/suggestions`, {
          kind: 'new_action',
          source: { kind: 'theme', id: themeId },
          targetSectionId: line2.id,
          content: {
            title: { en: 'A European projects desk' },
            paragraphs: [{ id: randomUUID(), text: { en: 'One desk helps the associations with calls.' } }],
          },
        })
        .expect(201)
    ).body;
    // The official moves it to the first line, before its existing action.
    const accepted = (
      await official.client
        .post(`/api/plans/${plan.id}/suggestions/${suggestion.id}/decision`, { decision: 'accept', targetSectionId: line1.id, position: 0 })
        .expect(200)
    ).body;
    expect(accepted.resultCode).toBe('1.1');
    const draft = (await official.client.get(`/api/plans/${plan.id}`).expect(200)).body;
    const added = draft.sections.find((s: any) => s.id === accepted.resultSectionId);
    expect(added.parentId).toBe(line1.id);
    expect(draft.sections.find((s: any) => s.id === action.id).code).toBe('1.2');
    // The plan is in French and Spanish: both filled from English, never the English pasted in.
    expect(added.content.title.en).toBe('A European projects desk');
    expect(added.content.title.es).toBeTruthy();
    expect(added.content.title.es).not.toBe('A European projects desk');
    expect(added.content.title.fr).not.toBe('A European projects desk');
    expect(added.content.review).toEqual(
      expect.arrayContaining([
        { field: 'title', language: 'es', from: 'en' },
        { field: 'title', language: 'fr', from: 'en' },
        { field: `paragraphs.${added.content.paragraphs[0].id}`, language: 'es', from: 'en' },
      ]),
    );
  });
});

describe('official content when machine translation is off', () => {
  let t: TestApp;
  let official: Person;

  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'none' });
    official = await signUpAs(t, 'official');
  });
  afterAll(() => t.close());

  it('the reader is told translation is unavailable (the page shows the original, said to be in another language); a fill says why it cannot', async () => {
    const client = await t.client('en');
    const res = (await client.post('/api/translations', { to: 'en', items: [{ from: 'fr', text: 'Les réseaux de villes' }] }).expect(200))
      .body;
    expect(res).toMatchObject({ available: false, items: [{ translation: null }] });

    const { plan, objective } = await planWithLines(official.client);
    const refused = await official.client
      .post(`/api/plans/${plan.id}/sections/${objective.id}/fill-languages`, { revision: objective.revision })
      .set('Accept-Language', 'es')
      .expect(503);
    expect(refused.body.error.code).toBe('official_languages.unavailable');
    expect(refused.body.error.message).toContain('Apertium');
    expect(refused.body.error.message).toContain('traducción automática');
  });
});
