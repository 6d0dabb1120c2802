import { randomUUID } from 'node:crypto';
import { behindTexts, type PlanSection } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../../test-support/test-app';
import { signUpAs } from '../../../../test-support/fixtures';

jest.setTimeout(180_000);

const LANGS = ['fr', 'es', 'ca', 'en'] as const;
const TITLE = { fr: 'Influencer les agendas', es: 'Influir en las agendas', ca: 'Influir en les agendes', en: 'Influence the agendas' };

/** Real PostgreSQL and real Apertium: which languages of a section are behind, across saves and a machine fill. */
describe('plan section languages behind', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium' });
  });
  afterAll(() => t.close());

  it('a change in one language puts the others behind until each is updated; a machine fill is as fresh as its source', async () => {
    const official = await signUpAs(t, 'official');
    const plan = (
      await official.client
        .post('/api/plans', {
          slug: `behind-${Date.now().toString(36)}`,
          title: { fr: 'Plan', es: 'Plan', ca: 'Pla', en: 'Plan' },
          periodStart: 2026,
          periodEnd: 2030,
          languages: LANGS,
          consultationId: null,
        })
        .expect(201)
    ).body;
    const url = (s: PlanSection) => `/api/plans/${plan.id}/sections/${s.id}`;
    const behind = (s: PlanSection) => behindTexts(s.content, plan.languages).map((b) => `${b.field}:${b.language}<${b.since}`);
    const save = async (s: PlanSection, content: PlanSection['content']): Promise<PlanSection> =>
      (await official.client.put(url(s), { revision: s.revision, content }).expect(200)).body;

    let section: PlanSection = (
      await official.client.post(`/api/plans/${plan.id}/sections`, { kind: 'specific_objective', content: { title: TITLE } }).expect(201)
    ).body;
    expect(behind(section)).toEqual([]);

    section = await save(section, { ...section.content, title: { ...TITLE, fr: 'Influencer les agendas mondiaux' } });
    expect(behind(section)).toEqual(['title:es<fr', 'title:ca<fr', 'title:en<fr']);
    // What the client sends as revisions is ignored: the server keeps its own.
    section = await save(section, { ...section.content, changed: { title: { es: 99, ca: 99, en: 99 } } });
    expect(behind(section)).toEqual(['title:es<fr', 'title:ca<fr', 'title:en<fr']);

    section = await save(section, { ...section.content, title: { ...section.content.title, es: 'Influir en las agendas mundiales' } });
    expect(behind(section)).toEqual(['title:ca<fr', 'title:en<fr']);

    // A new paragraph in French only, then filled by machine: the filled languages are neither behind nor ahead.
    const paragraph = randomUUID();
    section = await save(section, {
      ...section.content,
      paragraphs: [{ id: paragraph, text: { fr: 'Peser dans les réseaux européens.' } }],
    });
    section = (await official.client.post(`${url(section)}/fill-languages`, { revision: section.revision }).expect(200)).body;
    expect(Object.keys(section.content.paragraphs[0].text).sort()).toEqual(['ca', 'en', 'es', 'fr']);
    expect(section.content.review?.filter((m) => m.field === `paragraphs.${paragraph}`).length).toBe(3);
    expect(behind(section)).toEqual(['title:ca<fr', 'title:en<fr']);
    const revs = section.content.changed?.[`paragraphs.${paragraph}`] ?? {};
    expect(revs.fr).toBeGreaterThan(0);
    expect(new Set(LANGS.map((l) => revs[l])).size).toBe(1);

    // Stored as JSONB in the section's content, as read back from the database.
    const [row] = await t.db.query(`SELECT content->'changed' AS changed FROM plan_sections WHERE id = $1`, [section.id]);
    expect(row.changed).toEqual(section.content.changed);
  });
});
