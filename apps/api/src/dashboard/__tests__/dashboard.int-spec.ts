import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { ContributionsService } from '../../contributions/contributions.service';
import { UserEntity } from '../../users/user.entity';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import type { Dashboard, StakeholderCategory } from '@polyphony/contracts';

type Person = Awaited<ReturnType<typeof signUp>>;

describe('stakeholder balance dashboard', () => {
  let t: TestApp;
  let official: Person;
  let contributions: ContributionsService;

  /** n people of a category each writing `each` contributions (recorded the way features record them). */
  async function contributors(
    consultationId: string,
    category: StakeholderCategory,
    n: number,
    each = 1,
    country = 'ES',
    at = new Date('2025-03-05T10:00:00Z'),
  ) {
    const ids: string[] = [];
    await t.db.transaction(async (manager) => {
      for (let i = 0; i < n; i++) {
        const user = await manager.getRepository(UserEntity).save({
          email: null,
          displayName: `P${i}`,
          preferredLanguage: 'fr',
          category,
          country,
          role: 'participant',
          originTerritory: category === 'diaspora' ? (i % 2 ? 'Dakar' : 'Medellín') : null,
        });
        ids.push(user.id);
        for (let j = 0; j < each; j++) {
          await contributions.record(manager, {
            source: 'questionnaire_answer',
            sourceRef: `${user.id}-${j}`,
            consultationId,
            text: `Avis numéro ${j} sur la coopération`,
            category,
            country,
            authorUserId: user.id,
            createdAt: at,
          });
        }
      }
    });
    return ids;
  }

  beforeAll(async () => {
    t = await startTestApp();
    official = await signUpAs(t, 'official');
    contributions = t.app.get(ContributionsService);
  });
  afterAll(() => t.close());

  it('counts unique participants and contributions per category against quotas, per country, diaspora origins, per week', async () => {
    const c = await publishedConsultation(official.client, { quotas: { resident: 50, academia: 30, diaspora: 20 } });
    await contributors(c.id, 'resident', 8, 2);
    await contributors(c.id, 'academia', 1, 3, 'FR', new Date('2025-03-12T10:00:00Z'));
    await contributors(c.id, 'diaspora', 3, 1, 'ES', new Date('2025-03-19T10:00:00Z'));
    // An interviewed institution (no user) and a choice-only questionnaire respondent count too.
    await t.db.transaction(async (m) => {
      await contributions.record(m, {
        source: 'interview_key_point',
        sourceRef: 'kp-1',
        consultationId: c.id,
        text: 'Plus de fonds européens.',
        category: 'international',
        country: 'BE',
        authorLabel: 'Eurocities',
        keyPoint: true,
        createdAt: new Date('2025-03-19T10:00:00Z'),
      });
      await contributions.record(m, {
        source: 'interview_key_point',
        sourceRef: 'kp-2',
        consultationId: c.id,
        text: 'Un réseau méditerranéen.',
        category: 'international',
        country: 'BE',
        authorLabel: 'EUROCITIES ',
        keyPoint: true,
        createdAt: new Date('2025-03-19T10:00:00Z'),
      });
      const user = await m
        .getRepository(UserEntity)
        .save({ email: null, displayName: 'Choix', preferredLanguage: 'es', category: 'resident', country: 'ES', role: 'participant' });
      await contributions.recordParticipation(m, {
        source: 'questionnaire_response',
        sourceRef: 'r-1',
        consultationId: c.id,
        authorUserId: user.id,
        category: 'resident',
        country: 'ES',
        createdAt: new Date('2025-03-19T10:00:00Z'),
      });
      await contributions.recordParticipation(m, {
        source: 'questionnaire_response',
        sourceRef: 'r-1',
        consultationId: c.id,
        authorUserId: user.id,
        category: 'resident',
        country: 'ES',
      });
    });
    const d: Dashboard = (await official.client.get(`/api/consultations/${c.id}/dashboard`).expect(200)).body;
    expect(d.totals).toEqual({ participants: 14, contributions: 24 });
    const cat = Object.fromEntries(d.categories.map((x) => [x.category, x]));
    expect(cat.resident).toMatchObject({ participants: 9, contributions: 16, share: 64.3, target: 50, underRepresented: false });
    expect(cat.academia).toMatchObject({ participants: 1, contributions: 3, share: 7.1, target: 30, underRepresented: true });
    expect(cat.diaspora).toMatchObject({ participants: 3, share: 21.4, target: 20, underRepresented: false });
    expect(cat.international).toMatchObject({ participants: 1, contributions: 2, target: null, underRepresented: false });
    expect(d.countries).toEqual(
      expect.arrayContaining([
        { country: 'ES', participants: 12, contributions: 19 },
        { country: 'FR', participants: 1, contributions: 3 },
      ]),
    );
    expect(d.diaspora.participants).toBe(3);
    expect(d.diaspora.origins).toEqual([
      { origin: 'Medellín', participants: 2 },
      { origin: 'Dakar', participants: 1 },
    ]);
    expect(d.weekly.map((w) => [w.week, w.newParticipants, w.cumulative])).toEqual([
      ['2025-03-03', 8, 8],
      ['2025-03-10', 1, 9],
      ['2025-03-17', 5, 14],
    ]);
    expect(d.weekly[2].byCategory).toEqual({ diaspora: 3, international: 1, resident: 1 });
  });

  it('follows edits and deletions of contributions in the same transaction', async () => {
    const c = await publishedConsultation(official.client);
    const [a] = await contributors(c.id, 'resident', 1, 2);
    await t.db.transaction((m) => contributions.remove(m, 'questionnaire_answer', `${a}-0`));
    let d: Dashboard = (await official.client.get(`/api/consultations/${c.id}/dashboard`).expect(200)).body;
    expect(d.totals).toEqual({ participants: 1, contributions: 1 });
    await t.db.transaction((m) =>
      contributions.record(m, {
        source: 'questionnaire_answer',
        sourceRef: `${a}-1`,
        consultationId: c.id,
        text: '   ',
        category: 'resident',
        country: 'ES',
        authorUserId: a,
      }),
    );
    d = (await official.client.get(`/api/consultations/${c.id}/dashboard`).expect(200)).body;
    expect(d.totals).toEqual({ participants: 0, contributions: 0 });
    // A rebuild from the contributions table gives the same figures as the maintained aggregate.
    await contributors(c.id, 'academia', 3, 2);
    const before = (await official.client.get(`/api/consultations/${c.id}/dashboard`).expect(200)).body;
    await t.db.transaction((m) => contributions.rebuildParticipants(m, c.id));
    const after = (await official.client.get(`/api/consultations/${c.id}/dashboard`).expect(200)).body;
    expect({ ...after, generatedAt: null }).toEqual({ ...before, generatedAt: null });
  });

  it('the public balance shows aggregates only and hides every cell of fewer than 5 people, with complementary suppression', async () => {
    const c = await publishedConsultation(official.client, { quotas: { resident: 60, academia: 20 } });
    await contributors(c.id, 'resident', 12, 1, 'ES');
    await contributors(c.id, 'academia', 6, 1, 'ES');
    await contributors(c.id, 'diaspora', 2, 1, 'SN');
    const anonymous = await t.client();
    const d: Dashboard = (await anonymous.get(`/api/consultations/${c.slug}/balance`).expect(200)).body;
    expect(d.public).toBe(true);
    expect(d.totals.participants).toBe(20);
    const cat = Object.fromEntries(d.categories.map((x) => [x.category, x]));
    expect(cat.diaspora).toMatchObject({ participants: null, contributions: null, share: null, underRepresented: null });
    // One hidden cell alone could be worked out from the total: the next smallest is hidden too.
    expect(cat.academia).toMatchObject({ participants: null, share: null });
    expect(cat.resident).toMatchObject({ participants: 12 });
    expect(d.countries).toEqual(expect.arrayContaining([{ country: 'SN', participants: null, contributions: null }]));
    expect(d.diaspora).toEqual({ participants: null, origins: [] });
    for (const w of d.weekly) expect(w.byCategory).toEqual({});
    const json = JSON.stringify(d);
    expect(json).not.toMatch(/"participants":[1-4][,}]/);

    // Fewer than 5 people in all: nothing but the shape.
    const tiny = await publishedConsultation(official.client);
    await contributors(tiny.id, 'resident', 3);
    const small: Dashboard = (await anonymous.get(`/api/consultations/${tiny.id}/balance`).expect(200)).body;
    expect(small.totals).toEqual({ participants: null, contributions: null });
    expect(small.countries).toEqual([]);
    expect(small.weekly).toEqual([]);
  });

  it.each([
    ['anonymous', 401, 401],
    ['participant', 403, 403],
    ['facilitator', 200, 403],
    ['official', 200, 200],
    ['admin', 200, 200],
  ] as const)('%s gets %i on the consultation dashboard and %i on the overall one', async (who, one, overall) => {
    const c = await publishedConsultation(official.client);
    let client;
    if (who === 'anonymous') client = await t.client();
    else if (who === 'official') client = official.client;
    else if (who === 'facilitator') {
      const person = await signUp(t);
      await official.client.put(`/api/consultations/${c.id}/facilitators`, { userIds: [person.id] }).expect(200);
      client = person.client;
    } else client = (await signUpAs(t, who)).client;
    await client.get(`/api/consultations/${c.id}/dashboard`).expect(one);
    await client.get('/api/dashboard').expect(overall);
    await client.get(`/api/consultations/${c.id}/balance`).expect(200);
  });

  it('drafts have no public balance', async () => {
    const draft = (
      await official.client
        .post('/api/consultations', { title: { fr: 'Brouillon' }, summary: { fr: 'Résumé' }, languages: ['fr'] })
        .expect(201)
    ).body;
    await (await t.client()).get(`/api/consultations/${draft.id}/balance`).expect(404);
  });

  it('answers with a fixed number of queries whatever the number of participants (no N+1), overall counting people once', async () => {
    const c = await publishedConsultation(official.client);
    await contributors(c.id, 'resident', 2);
    const few = await t.queries.measure(() => official.client.get(`/api/consultations/${c.id}/dashboard`).expect(200));
    await contributors(c.id, 'academia', 30, 2);
    const many = await t.queries.measure(() => official.client.get(`/api/consultations/${c.id}/dashboard`).expect(200));
    // At most as many: the first read may store machine translations (one write) that the later read finds cached.
    expect(many.queries).toBeLessThanOrEqual(few.queries);
    expect(many.queries).toBeLessThanOrEqual(6); // session, user, consultation, facilitator check, the one aggregate query
    const overall = await t.queries.measure(() => official.client.get('/api/dashboard').expect(200));
    expect(overall.queries).toBeLessThanOrEqual(4);
    const total = (await t.db.query(`SELECT count(DISTINCT participant_key)::int AS n FROM consultation_participants`))[0].n;
    expect(overall.result.body.totals.participants).toBe(total);
  });
});
