import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { planWithLines } from '../../plan/__tests__/plan-kit';
import { actionProgress, quantitativeStatus } from '../indicator-status';

jest.setTimeout(180_000);

describe('indicator status (trajectory)', () => {
  const t = { baselineValue: 0, baselineDate: '2026-01-01', targetValue: 100, targetDate: '2030-01-01' };
  it('compares the latest measurement with the straight line from baseline to target', () => {
    // 2028-01-01 is half-way (1 year of 4 has 365/366 days: close enough to 50).
    expect(quantitativeStatus(t, { value: 50, measuredOn: '2028-01-01' })).toBe('on_track');
    expect(quantitativeStatus(t, { value: 40, measuredOn: '2028-01-01' })).toBe('at_risk');
    expect(quantitativeStatus(t, { value: 20, measuredOn: '2028-01-01' })).toBe('off_track');
    expect(quantitativeStatus(t, { value: 100, measuredOn: '2027-01-01' })).toBe('on_track');
    expect(quantitativeStatus(t, undefined)).toBe('no_data');
    // A decreasing indicator (emissions): 100 -> 0.
    const down = { ...t, baselineValue: 100, targetValue: 0 };
    expect(quantitativeStatus(down, { value: 55, measuredOn: '2028-01-01' })).toBe('on_track');
    expect(quantitativeStatus(down, { value: 90, measuredOn: '2028-01-01' })).toBe('off_track');
  });
  it('weights sub-actions', () => {
    expect(actionProgress(10, [])).toBe(10);
    expect(
      actionProgress(10, [
        { weight: 3, progress: 100 },
        { weight: 1, progress: 0 },
      ]),
    ).toBe(75);
  });
});

describe('accountability API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('officials track actions and indicators; the monitoring view computes progress and status; others are refused', async () => {
    const official = await signUpAs(t, 'official');
    const { plan, line1, action } = await planWithLines(official.client);
    await t.db.query(`UPDATE plans SET status = 'adopted' WHERE id = $1`, [plan.id]);
    const anonymous = await t.client('es');
    const view0 = (await anonymous.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body;
    const indicator = view0.indicators[0];
    expect(indicator).toMatchObject({ status: 'no_data', measurements: [] });
    expect(view0.can.edit).toBe(false);

    const tracking = {
      status: 'in_progress',
      progress: 5,
      responsible: { fr: 'Relations internationales' },
      subActions: [
        { title: 'Candidature', weight: 1, progress: 100 },
        { title: 'Présidence', weight: 3, progress: 0 },
      ],
      milestones: [{ title: 'Élection au bureau', dueOn: '2027-06-30' }],
      budgetLines: [{ line: { fr: 'Déplacements' }, planned: 12000, spent: 4000 }],
    };
    const measurement = {
      measuredOn: new Date().toISOString().slice(0, 10),
      value: 8,
      source: 'Secrétariat Eurocities',
      note: 'Objectif atteint en avance',
    };
    const externality = { observedOn: '2026-05-01', actionId: action.id, description: { fr: 'Émissions des déplacements en avion' } };

    // The policy matrix: anonymous 401, participant and facilitator-less residents 403, official and admin allowed.
    const participant = await signUp(t);
    const admin = await signUpAs(t, 'admin');
    const matrix: [string, typeof anonymous, number][] = [
      ['anonymous', anonymous, 401],
      ['participant', participant.client, 403],
      ['official', official.client, 200],
      ['admin', admin.client, 200],
    ];
    for (const [who, client, expected] of matrix) {
      const put = await client.put(`/api/accountability/actions/${action.id}`, tracking);
      expect([who, put.status]).toEqual([who, expected]);
      const post = await client.post(`/api/accountability/indicators/${indicator.id}/measurements`, measurement);
      expect([who, post.status]).toEqual([who, expected === 200 ? 201 : expected]);
      const ext = await client.post(`/api/accountability/plans/${plan.id}/externalities`, externality);
      expect([who, ext.status]).toEqual([who, expected === 200 ? 201 : expected]);
      const partner = await client.put('/api/accountability/partners', {
        slug: 'tunis',
        name: 'Tunis',
        country: 'TN',
        region: 'mediterranean',
        priority: 'priority',
        kind: 'bilateral',
        latitude: 36.8,
        longitude: 10.18,
      });
      expect([who, partner.status]).toEqual([who, expected]);
    }
    // A quantitative measurement needs a value; an unknown indicator is 404.
    await official.client.post(`/api/accountability/indicators/${indicator.id}/measurements`, { measuredOn: '2026-06-01' }).expect(422);
    await official.client.post(`/api/accountability/indicators/${randomUUID()}/measurements`, measurement).expect(404);
    // An externality says what happened, in at least one language; the error names the field, in the reader's language.
    const empty = await official.client
      .post(`/api/accountability/plans/${plan.id}/externalities`, { observedOn: '2026-05-01', description: { fr: '  ' } })
      .set('Accept-Language', 'es')
      .expect(422);
    expect(empty.body.error.fields).toEqual([{ path: 'description', code: 'required', message: 'Este campo es obligatorio.' }]);

    const view = (await anonymous.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body;
    const tracked = view.lines.find((l: any) => l.id === line1.id).actions[0];
    expect(tracked).toMatchObject({ status: 'in_progress', progress: 25, responsible: { fr: 'Relations internationales' }, revision: 1 });
    expect(view.lines.find((l: any) => l.id === line1.id).progress).toBe(25);
    expect(view.indicators[0]).toMatchObject({ status: 'on_track' });
    expect(view.indicators[0].measurements).toHaveLength(2);
    expect(view.externalities).toHaveLength(2);
    expect(view.budget).toEqual({ planned: 12000, spent: 4000 });
    const partners = (await anonymous.get('/api/accountability/partnerships').expect(200)).body;
    expect(partners.partners).toHaveLength(1);
    expect(partners.perRegion.mediterranean).toBe(1);
  });

  it('a draft plan is not advertised', async () => {
    const official = await signUpAs(t, 'official');
    const { plan } = await planWithLines(official.client);
    await (await t.client()).get(`/api/accountability/plans/${plan.slug}`).expect(404);
    await official.client.get(`/api/accountability/plans/${plan.slug}`).expect(200);
  });
});
