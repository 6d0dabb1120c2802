import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUpAs } from '../../../test-support/fixtures';
import { seedDemoData } from '../../demo/seed-demo-data';
import { DEMO_RESPONDENTS, seedDemoQuestionnaire } from '../../demo/demo-questionnaire';

describe('demo questionnaire', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.db, () => undefined);
  }, 120_000); // seeding the whole demo is slow on a busy 2-core machine
  afterAll(() => t.close());

  it('gives the demo consultation a ten-question questionnaire in four languages and a few hundred responses; seeding twice changes nothing', async () => {
    const [c] = await t.db.query(`SELECT c.id, c.slug FROM consultations c JOIN questionnaires q ON q.consultation_id = c.id`);
    const official = await signUpAs(t, 'official');
    const q = (await official.client.get(`/api/consultations/${c.slug}/questionnaire`).expect(200)).body;
    const questions = q.sections.flatMap((s: { questions: unknown[] }) => s.questions);
    expect(questions).toHaveLength(10);
    expect(Object.keys(questions[0].prompt).sort()).toEqual(['ca', 'en', 'es', 'fr']);
    const results = (await official.client.get(`/api/consultations/${c.slug}/questionnaire/results`).expect(200)).body;
    expect(results.respondents).toBe(DEMO_RESPONDENTS);
    expect(results.questions[0].answered).toBe(DEMO_RESPONDENTS);
    await t.db.transaction((m) => seedDemoQuestionnaire(m, c.id));
    expect((await official.client.get(`/api/consultations/${c.slug}/questionnaire/results`).expect(200)).body.respondents).toBe(
      DEMO_RESPONDENTS,
    );
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM contributions WHERE source = 'questionnaire_answer'`);
    expect(n).toBeGreaterThan(100);
  });
});
