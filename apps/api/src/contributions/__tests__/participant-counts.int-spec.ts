import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { participationFigures } from '../../annual-summaries/summary-figures';
import { ContributionsService } from '../contributions.service';
import { setupBody } from '../../territory/__tests__/setup-body';
import { UserEntity } from '../../users/user.entity';

/**
 * The home page, the overall dashboard and the annual summary count participants with one definition
 * (participantsSql): people with at least one input, once across consultations. Accounts that never
 * took part do not count; someone who took part in two consultations counts once. Their countries likewise.
 */
describe('participant counts: one definition everywhere', () => {
  let t: TestApp;
  let official: Awaited<ReturnType<typeof signUp>>;

  beforeAll(async () => {
    t = await startTestApp();
    official = await signUpAs(t, 'official');
    await (await signUpAs(t, 'admin')).client.post('/api/setup', setupBody()).expect(201);
  });
  afterAll(() => t.close());

  it('gives the same number on the home page, the dashboard and the summary of the year', async () => {
    const home = async () => (await (await t.client()).get('/api/territory').expect(200)).body.stats.participants as number;
    const dashboard = async () => (await official.client.get('/api/dashboard').expect(200)).body.totals.participants as number;
    const before = { home: await home(), dashboard: await dashboard() };
    expect(before.home).toBe(before.dashboard);

    const first = await publishedConsultation(official.client);
    const second = await publishedConsultation(official.client);
    // Six accounts that never take part, six that do (one of them in both consultations).
    for (let i = 0; i < 6; i++) await signUp(t);
    const at = new Date('2031-05-05T10:00:00Z');
    await t.db.transaction(async (manager) => {
      for (let i = 0; i < 6; i++) {
        const user = await manager.getRepository(UserEntity).save({
          email: null,
          displayName: `P${i}`,
          preferredLanguage: 'fr',
          category: 'resident',
          country: 'ES',
          role: 'participant',
        });
        for (const consultationId of i === 0 ? [first.id, second.id] : [first.id]) {
          await t.app.get(ContributionsService).record(manager, {
            source: 'questionnaire_answer',
            sourceRef: `${user.id}-${consultationId}`,
            consultationId,
            text: 'Plus de bus le dimanche',
            category: 'resident',
            country: 'ES',
            authorUserId: user.id,
            createdAt: at,
          });
        }
      }
    });

    const after = { home: await home(), dashboard: await dashboard() };
    expect(after.home - before.home).toBe(6);
    expect(after.dashboard).toBe(after.home);
    // Nobody else took part in 2031: the summary of that year counts the same six.
    expect((await participationFigures(t.db.manager, 2031)).participants).toBe(6);
  });
  it('counts the same countries on the home page and the dashboard: those of participants, not of every account', async () => {
    const home = async () => (await (await t.client()).get('/api/territory').expect(200)).body.stats.countries as number;
    const dashboard = async () =>
      ((await official.client.get('/api/dashboard').expect(200)).body.countries as { country: string | null }[]).filter((c) => c.country)
        .length;
    const before = { home: await home(), dashboard: await dashboard() };
    expect(before.home).toBe(before.dashboard);

    // An account from a country nobody took part from yet changes neither figure until it takes part.
    await signUp(t, { country: 'NZ' });
    expect(await home()).toBe(before.home);
    const consultation = await publishedConsultation(official.client);
    await t.db.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).save({
        email: null,
        displayName: 'Aroha',
        preferredLanguage: 'en',
        category: 'diaspora',
        country: 'NZ',
        role: 'participant',
      });
      await t.app.get(ContributionsService).record(manager, {
        source: 'questionnaire_answer',
        sourceRef: `${user.id}-${consultation.id}`,
        consultationId: consultation.id,
        text: 'Des jumelages avec Wellington',
        category: 'diaspora',
        country: 'NZ',
        authorUserId: user.id,
      });
    });
    const after = { home: await home(), dashboard: await dashboard() };
    expect(after.home).toBe(before.home + 1);
    expect(after.dashboard).toBe(after.home);
  });
});
