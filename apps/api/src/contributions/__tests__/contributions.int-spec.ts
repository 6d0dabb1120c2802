import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { readAllPages } from '../../../test-support/pages';
import { ContributionsService } from '../contributions.service';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';

describe('contributions read API', () => {
  let t: TestApp;
  let official: Awaited<ReturnType<typeof signUpAs>>;
  let consultation: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp();
    official = await signUpAs(t, 'official');
    consultation = await publishedConsultation(official.client);
    const contributions = t.app.get(ContributionsService);
    const author = await signUp(t, { displayName: 'Aminata Diop', category: 'diaspora', country: 'SN' });
    await t.db.transaction(async (m) => {
      const rows = [
        {
          text: 'Les transports publics métropolitains doivent se connecter aux réseaux européens.',
          category: 'resident',
          country: 'ES',
          authorUserId: author.id,
        },
        {
          text: 'Necesitamos más fondos europeos para la vivienda asequible.',
          category: 'civil_society',
          country: 'ES',
          authorLabel: 'Federació Veïnal',
        },
        { text: 'Cal reforçar la cooperació amb Dakar i Maputo.', category: 'diaspora', country: 'SN', authorUserId: author.id },
        {
          text: 'Universities should lead knowledge transfer with partner cities.',
          category: 'academia',
          country: 'GB',
          authorLabel: 'University of Manchester',
          keyPoint: true,
          source: 'interview_key_point',
        },
      ] as const;
      for (const [i, r] of rows.entries()) {
        await contributions.record(m, {
          source: 'questionnaire_answer',
          sourceRef: `ref-${i}`,
          consultationId: consultation.id,
          createdAt: new Date(Date.UTC(2025, 2, 1 + i)),
          ...r,
        });
      }
    });
  });
  afterAll(() => t.close());

  const list = async (query = '') =>
    (await official.client.get(`/api/consultations/${consultation.id}/contributions${query}`).expect(200)).body;

  it('lists newest first, pages by keyset, detects languages', async () => {
    const page1 = await list('?limit=3');
    expect(page1.items.map((c: { language: string }) => c.language)).toEqual(['en', 'ca', 'es']);
    const page2 = await list(`?limit=3&cursor=${page1.nextCursor}`);
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    expect(page2.items[0]).toMatchObject({ language: 'fr', author: 'Aminata Diop', category: 'resident' });
  });

  it('pages a filtered list: one by one, then as many as the limit in one page with no cursor', async () => {
    const url = `/api/consultations/${consultation.id}/contributions?country=es`;
    const byOne = await readAllPages(official.client, `${url}&limit=1`);
    expect(byOne.pages.map((p) => p.length)).toEqual([1, 1]);
    expect(byOne.cursors.map(Boolean)).toEqual([true, false]);
    const whole = await readAllPages(official.client, `${url}&limit=2`);
    expect(whole.pages).toEqual([byOne.ids]);
    expect(whole.cursors).toEqual([null]);
    expect((await list(`?country=es&limit=2`)).items.map((c: { language: string }) => c.language)).toEqual(['es', 'fr']);
  });

  it('filters by source, category, country, language and key point, and searches with each language’s stemming', async () => {
    expect((await list('?source=interview_key_point')).items).toHaveLength(1);
    expect((await list('?category=diaspora')).items[0].text).toContain('Dakar');
    expect((await list('?country=es')).items).toHaveLength(2);
    expect((await list('?language=es')).items[0].author).toBe('Federació Veïnal');
    expect((await list('?keyPoint=true')).items).toHaveLength(1);
    expect((await list(`?q=${encodeURIComponent('transport public')}`)).items.map((c: { language: string }) => c.language)).toEqual(['fr']);
    expect((await list(`?q=${encodeURIComponent('fondo europeo')}`)).items.map((c: { language: string }) => c.language)).toEqual(['es']);
    await official.client.get(`/api/consultations/${consultation.id}/contributions?source=nope`).expect(422);
  });

  it.each([
    ['anonymous', 401],
    ['participant', 403],
    ['admin', 200],
  ] as const)('%s reading contributions gets %i; facilitators read them without people’s names', async (who, status) => {
    const client = who === 'anonymous' ? await t.client() : (await signUpAs(t, who)).client;
    await client.get(`/api/consultations/${consultation.id}/contributions`).expect(status);
    const facilitator = await signUp(t);
    await official.client.put(`/api/consultations/${consultation.id}/facilitators`, { userIds: [facilitator.id] }).expect(200);
    const seen = (await facilitator.client.get(`/api/consultations/${consultation.id}/contributions?language=fr`).expect(200)).body;
    expect(seen.items[0].author).toBeNull();
  });
});
