import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { readAllPages } from '../../../test-support/pages';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { consultationRequest as consultationBody } from '../../consultations/__tests__/consultation-fixtures';

type Person = Awaited<ReturnType<typeof signUp>>;

describe('interviews and meetings', () => {
  let t: TestApp;
  let official: Person;
  let facilitator: Person;
  let consultation: { id: string; slug: string };
  let university: OrganisationEntity;

  const interviewBody = (overrides: Record<string, unknown> = {}) => ({
    kind: 'interview',
    format: 'in_person',
    title: 'Universitat i xarxes europees',
    scheduledAt: '2025-03-04T10:00:00Z',
    interviewerIds: [official.id],
    invitees: [
      { kind: 'organisation', organisationId: university.id, attended: true },
      { kind: 'organisation', name: 'Eurocities', category: 'international', country: 'BE', attended: true },
      { kind: 'organisation', name: 'Port de Tànger', category: 'public_institution', country: 'MA', attended: false },
      { kind: 'person', name: 'Dra. Marta Vila', role: 'Vicerectora de relacions internacionals', attended: true },
    ],
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    official = await signUpAs(t, 'official');
    facilitator = await signUp(t, { displayName: 'Irene Casals' });
    consultation = (await official.client.post('/api/consultations', consultationBody()).expect(201)).body;
    await official.client.put(`/api/consultations/${consultation.id}/facilitators`, { userIds: [facilitator.id] }).expect(200);
    await official.client.post(`/api/consultations/${consultation.id}/status`, { status: 'published' }).expect(200);
    university = await t.db
      .getRepository(OrganisationEntity)
      .save({ slug: 'ub-test', name: 'Universitat de Barcelona', category: 'academia', country: 'ES', description: '' });
  });
  afterAll(() => t.close());

  it.each([
    ['anonymous', 401],
    ['participant', 403],
    ['facilitator of another consultation', 403],
    ['facilitator', 201],
    ['official', 201],
    ['admin', 201],
  ] as const)('%s scheduling an interview gets %i, and the same for reading the list', async (who, status) => {
    let client;
    if (who === 'anonymous') client = await t.client();
    else if (who === 'facilitator') client = facilitator.client;
    else if (who === 'official') client = official.client;
    else if (who === 'facilitator of another consultation') {
      const other = (await official.client.post('/api/consultations', consultationBody()).expect(201)).body;
      const person = await signUp(t);
      await official.client.put(`/api/consultations/${other.id}/facilitators`, { userIds: [person.id] }).expect(200);
      client = person.client;
    } else client = (await signUpAs(t, who)).client;
    await client.post(`/api/consultations/${consultation.id}/interviews`, interviewBody()).expect(status);
    await client.get(`/api/consultations/${consultation.id}/interviews`).expect(status === 201 ? 200 : status);
    await client.get(`/api/consultations/${consultation.id}/interview-guide`).expect(status === 201 ? 200 : status);
    await client.get(`/api/consultations/${consultation.id}/interviews-progress`).expect(status === 201 ? 200 : status);
  });

  it('keeps an ordered, translatable guide; notes answer its questions', async () => {
    const guide = await official.client
      .put(`/api/consultations/${consultation.id}/interview-guide`, {
        questions: [
          { text: { fr: 'Quelles priorités européennes ?', es: '¿Qué prioridades europeas?' } },
          { text: { fr: 'Quels partenaires ?' } },
        ],
      })
      .expect(200);
    expect(guide.body.questions.map((q: { position: number }) => q.position)).toEqual([0, 1]);
    const [first, second] = guide.body.questions;
    const reordered = await official.client
      .put(`/api/consultations/${consultation.id}/interview-guide`, {
        questions: [second, { id: first.id, text: first.text }].map(({ id, text }) => ({ id, text })),
      })
      .expect(200);
    expect(reordered.body.questions.map((q: { id: string }) => q.id)).toEqual([second.id, first.id]);

    const interview = (
      await official.client
        .post(
          `/api/consultations/${consultation.id}/interviews`,
          interviewBody({ notes: { [first.id]: 'Horizon Europe, Next Generation EU.' } }),
        )
        .expect(201)
    ).body;
    expect(interview.notes).toEqual({ [first.id]: 'Horizon Europe, Next Generation EU.' });
    const bad = await official.client
      .patch(`/api/interviews/${interview.id}`, { notes: { '00000000-0000-4000-8000-000000000000': 'x' } })
      .expect(422);
    expect(bad.body.error.fields[0].path).toBe('notes');
  });

  it('records invitees (organisations, named institutions, people), attendance and consent', async () => {
    const created = await facilitator.client
      .post(`/api/consultations/${consultation.id}/interviews`, interviewBody({ consentAt: '2025-03-04' }))
      .expect(201);
    expect(created.body).toMatchObject({ status: 'planned', consentAt: '2025-03-04', interviewers: [{ id: official.id }] });
    expect(
      created.body.invitees.map((i: { name: string; category: string | null; country: string | null }) => [i.name, i.category, i.country]),
    ).toEqual([
      ['Universitat de Barcelona', 'academia', 'ES'],
      ['Eurocities', 'international', 'BE'],
      ['Port de Tànger', 'public_institution', 'MA'],
      ['Dra. Marta Vila', null, null],
    ]);
    const missing = await official.client
      .post(
        `/api/consultations/${consultation.id}/interviews`,
        interviewBody({ invitees: [{ kind: 'organisation', name: 'Sans catégorie' }] }),
      )
      .expect(422);
    expect(missing.body.error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['invitees.0.category', 'invitees.0.country']),
    );
    await official.client
      .post(`/api/consultations/${consultation.id}/interviews`, interviewBody({ interviewerIds: ['00000000-0000-4000-8000-000000000000'] }))
      .expect(422);
  });

  it('key points need a held interview, become contributions of the institution, follow edits and deletions', async () => {
    const interview = (await official.client.post(`/api/consultations/${consultation.id}/interviews`, interviewBody()).expect(201)).body;
    const [ub, eurocities, , person] = interview.invitees;
    const refused = await official.client
      .post(`/api/interviews/${interview.id}/key-points`, { inviteeId: ub.id, text: 'Calen més doctorats industrials.' })
      .expect(409);
    expect(refused.body.error.code).toBe('interviews.not_held');
    await official.client.patch(`/api/interviews/${interview.id}`, { status: 'held' }).expect(200);
    await official.client
      .post(`/api/interviews/${interview.id}/key-points`, { inviteeId: person.id, text: 'A person, not an institution.' })
      .expect(422);

    const kp = (
      await official.client
        .post(`/api/interviews/${interview.id}/key-points`, {
          inviteeId: ub.id,
          text: 'Calen més doctorats industrials amb empreses del territori.',
        })
        .expect(201)
    ).body;
    expect(kp.language).toBe('ca');
    const named = (
      await official.client
        .post(`/api/interviews/${interview.id}/key-points`, {
          inviteeId: eurocities.id,
          text: 'Metropolitan areas need a seat in the Urban Agenda partnerships.',
        })
        .expect(201)
    ).body;
    const rows = async () =>
      t.db.query(
        `SELECT source_ref, text, category, country, author_organisation_id, author_label, key_point, consultation_id FROM contributions WHERE source = 'interview_key_point' AND source_ref = ANY($1) ORDER BY author_label NULLS FIRST`,
        [[kp.id, named.id]],
      );
    expect(await rows()).toEqual([
      {
        source_ref: kp.id,
        text: kp.text,
        category: 'academia',
        country: 'ES',
        author_organisation_id: university.id,
        author_label: null,
        key_point: true,
        consultation_id: consultation.id,
      },
      {
        source_ref: named.id,
        text: named.text,
        category: 'international',
        country: 'BE',
        author_organisation_id: null,
        author_label: 'Eurocities',
        key_point: true,
        consultation_id: consultation.id,
      },
    ]);

    // Edit the key point and the named institution's category: the contribution follows.
    await official.client
      .put(`/api/interviews/${interview.id}/key-points/${named.id}`, {
        inviteeId: eurocities.id,
        text: 'Cities want direct access to EU funds.',
      })
      .expect(200);
    const invitees = interview.invitees.map((i: Record<string, unknown>) => ({
      ...i,
      organisationId: i.organisationId ?? undefined,
      category: i.organisationId ? undefined : (i.category ?? undefined),
      country: i.organisationId ? undefined : (i.country ?? undefined),
      name: i.organisationId ? undefined : i.name,
    }));
    invitees[1].category = 'public_institution';
    await official.client.patch(`/api/interviews/${interview.id}`, { invitees }).expect(200);
    expect((await rows())[1]).toMatchObject({ text: 'Cities want direct access to EU funds.', category: 'public_institution' });

    // An invitee with key points cannot be removed; a held interview with key points cannot be cancelled.
    const removing = await official.client
      .patch(`/api/interviews/${interview.id}`, { invitees: invitees.filter((_: unknown, i: number) => i !== 0) })
      .expect(409);
    expect(removing.body.error.code).toBe('interviews.has_key_points');
    await official.client.patch(`/api/interviews/${interview.id}`, { status: 'cancelled' }).expect(409);

    await official.client.delete(`/api/interviews/${interview.id}/key-points/${kp.id}`).expect(204);
    expect(await rows()).toHaveLength(1);
    const full = await official.client.get(`/api/interviews/${interview.id}`).expect(200);
    expect(full.body.keyPoints.map((k: { id: string }) => k.id)).toEqual([named.id]);
    await official.client.delete(`/api/interviews/${interview.id}`).expect(204);
    expect(await rows()).toHaveLength(0);
  });

  it('shows progress: planned vs held vs cancelled, institutions reached per category', async () => {
    const c = (await official.client.post('/api/consultations', consultationBody()).expect(201)).body;
    const make = (body: Record<string, unknown>) =>
      official.client.post(`/api/consultations/${c.id}/interviews`, interviewBody(body)).expect(201);
    await make({ status: 'held' });
    await make({
      status: 'held',
      kind: 'meeting',
      invitees: [
        { kind: 'organisation', organisationId: university.id, attended: true },
        { kind: 'organisation', name: 'EUROCITIES', category: 'international', country: 'BE', attended: true },
        { kind: 'organisation', name: 'CIDOB', category: 'academia', country: 'ES', attended: true },
      ],
    });
    await make({ status: 'planned' });
    await make({ status: 'cancelled' });
    const progress = await official.client.get(`/api/consultations/${c.id}/interviews-progress`).expect(200);
    expect(progress.body).toMatchObject({
      total: 4,
      byStatus: { planned: 1, held: 2, cancelled: 1 },
      byKind: { interview: 3, meeting: 1 },
      institutionsReached: 3,
      institutionsInvited: 4,
    });
    expect(progress.body.reachedByCategory).toEqual([
      { category: 'academia', institutions: 2 },
      { category: 'international', institutions: 1 },
    ]);
  });

  it('lists a page of interviews with a fixed number of queries (no N+1) and pages by keyset', async () => {
    const c = (await official.client.post('/api/consultations', consultationBody()).expect(201)).body;
    for (let i = 0; i < 6; i++)
      await official.client
        .post(`/api/consultations/${c.id}/interviews`, interviewBody({ scheduledAt: `2025-02-0${i + 1}T09:00:00Z` }))
        .expect(201);
    const small = await t.queries.measure(() => official.client.get(`/api/consultations/${c.id}/interviews?limit=2`).expect(200));
    const large = await t.queries.measure(() => official.client.get(`/api/consultations/${c.id}/interviews?limit=6`).expect(200));
    // At most as many: the first read may store machine translations (one write) that the later read finds cached.
    expect(large.queries).toBeLessThanOrEqual(small.queries);
    const page2 = await official.client
      .get(`/api/consultations/${c.id}/interviews?limit=2&cursor=${small.result.body.nextCursor}`)
      .expect(200);
    expect(page2.body.items[0].scheduledAt < small.result.body.items[1].scheduledAt).toBe(true);
    expect(large.result.body.items[0]).toMatchObject({
      keyPointCount: 0,
      invitees: expect.any(Array),
      interviewers: [{ id: official.id, displayName: 'Laia Ferrer' }],
    });
    // Every page full but the last, which answers no cursor; exactly two pages' worth, no empty third.
    const latestFirst = large.result.body.items.map((i: { id: string }) => i.id);
    const byFour = await readAllPages(official.client, `/api/consultations/${c.id}/interviews?limit=4`);
    expect(byFour.pages.map((p) => p.length)).toEqual([4, 2]);
    expect(byFour.cursors.map(Boolean)).toEqual([true, false]);
    expect(byFour.ids).toEqual(latestFirst);
    const planned = await readAllPages(official.client, `/api/consultations/${c.id}/interviews?status=planned&kind=interview&limit=3`);
    expect(planned.pages).toEqual([latestFirst.slice(0, 3), latestFirst.slice(3)]);
    expect(planned.cursors.map(Boolean)).toEqual([true, false]);
  });
});
