import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import type { ApiClient } from '../../../test-support/api-client';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { content, planWithLines } from '../../plan/__tests__/plan-kit';

jest.setTimeout(180_000);

type Person = { client: ApiClient; id: string };

/** An evaluation body with one finding on the action and its indicator, and one recommendation on the action. */
function evaluationBody(actionId: string, indicatorId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'intermediate',
    title: { fr: 'Évaluation intermédiaire 2026–2028', es: 'Evaluación intermedia 2026–2028' },
    periodStart: '2026-01-01',
    periodEnd: '2028-06-30',
    evaluatedOn: '2028-09-15',
    evaluatorKind: 'external',
    evaluatorName: 'Cabinet Ágora',
    summary: { fr: 'La stratégie **avance**, inégalement.', es: 'La estrategia **avanza**, de forma desigual.' },
    findings: [
      {
        text: {
          fr: 'La présidence du groupe de travail a donné de la visibilité.',
          es: 'La presidencia del grupo de trabajo ha dado visibilidad.',
        },
        assessment: 'positive',
        actionIds: [actionId],
        indicatorIds: [indicatorId],
      },
      { text: { fr: 'Peu de retombées mesurables pour les habitants.' }, assessment: 'mixed' },
    ],
    recommendations: [
      {
        text: { fr: 'Associer les habitants aux missions.', es: 'Asociar a los vecinos a las misiones.' },
        priority: 'high',
        actionIds: [actionId],
      },
    ],
    ...overrides,
  };
}

describe('evaluations', () => {
  let t: TestApp;
  let official: Person;
  beforeAll(async () => {
    t = await startTestApp();
    official = await signUpAs(t, 'official');
  });
  afterAll(() => t.close());

  /** A plan made public by a version opened for review (as officials do it). */
  async function publicPlan() {
    const kit = await planWithLines(official.client);
    await official.client.post(`/api/plans/${kit.plan.id}/versions`, { name: { fr: 'Version publique' } }).expect(201);
    await official.client.post(`/api/plans/${kit.plan.id}/versions/1/review`, { open: true }).expect(200);
    const indicatorId: string = kit.action.content.indicators[0].id;
    return { ...kit, indicatorId };
  }

  it('officials write a draft, save it from its revision, publish it; the text is then frozen but the follow-up goes on', async () => {
    const { plan, action, indicatorId } = await publicPlan();
    const anonymous = await t.client('es');
    const created = (
      await official.client.post(`/api/accountability/plans/${plan.slug}/evaluations`, evaluationBody(action.id, indicatorId)).expect(201)
    ).body;
    expect(created).toMatchObject({
      status: 'draft',
      revision: 0,
      kind: 'intermediate',
      evaluatorName: 'Cabinet Ágora',
      publishedAt: null,
      can: { edit: true, followUp: true },
    });
    expect(created.findings).toHaveLength(2);
    expect(created.findings[0]).toMatchObject({ assessment: 'positive', actionIds: [action.id], indicatorIds: [indicatorId] });
    expect(created.findings[1]).toMatchObject({ actionIds: [], indicatorIds: [] });
    expect(created.recommendations[0]).toMatchObject({ priority: 'high', followUp: { status: 'open', response: null, respondedOn: null } });
    expect(created.summaryHtml.fr).toBe('<p>La stratégie <strong>avance</strong>, inégalement.</p>\n');

    // A draft is not advertised: not listed, not readable, not on the monitoring page.
    await anonymous.get(`/api/accountability/evaluations/${created.id}`).expect(404);
    expect((await anonymous.get(`/api/accountability/plans/${plan.slug}/evaluations`).expect(200)).body.items).toEqual([]);
    expect((await anonymous.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body.evaluations).toEqual([]);
    const officialList = (await official.client.get(`/api/accountability/plans/${plan.slug}/evaluations`).expect(200)).body;
    expect(officialList.items).toEqual([expect.objectContaining({ id: created.id, status: 'draft', findings: 2, recommendations: 1 })]);
    expect(officialList.due).toEqual([
      { kind: 'intermediate', year: 2028, published: false },
      { kind: 'final', year: 2030, published: false },
    ]);

    // A follow-up recorded on the draft survives a save that keeps the recommendation's id.
    const recId = created.recommendations[0].id;
    await official.client
      .put(`/api/accountability/evaluations/${created.id}/recommendations/${recId}/follow-up`, {
        status: 'in_progress',
        response: { fr: 'Un appel aux associations est prévu.' },
      })
      .expect(200);
    const body = evaluationBody(action.id, indicatorId, {
      revision: 0,
      findings: [
        { ...created.findings[1], id: created.findings[1].id },
        { text: { fr: 'Nouveau constat' }, assessment: 'negative', indicatorIds: [indicatorId] },
      ],
      recommendations: [
        { id: recId, text: { fr: 'Associer les habitants aux missions, dès 2029.' }, priority: 'medium', actionIds: [action.id] },
        { text: { fr: 'Publier les rapports de mission.' }, priority: 'low' },
      ],
    });
    const saved = (await official.client.put(`/api/accountability/evaluations/${created.id}`, body).expect(200)).body;
    expect(saved.revision).toBe(1);
    expect(saved.findings.map((f: any) => f.id)[0]).toBe(created.findings[1].id);
    expect(saved.findings[1].id).not.toBe(created.findings[0].id);
    expect(saved.recommendations[0]).toMatchObject({
      id: recId,
      priority: 'medium',
      followUp: { status: 'in_progress', response: { fr: 'Un appel aux associations est prévu.' }, respondedOn: expect.any(String) },
    });
    expect(saved.recommendations[1].followUp.status).toBe('open');
    // Saving from a stale revision is refused, in the reader's language.
    const stale = await official.client.put(`/api/accountability/evaluations/${created.id}`, body).set('Accept-Language', 'es').expect(409);
    expect(stale.body.error).toMatchObject({
      code: 'accountability.edit_conflict',
      message: expect.stringContaining('Alguien ha guardado'),
    });

    // Publication needs a summary, and the latest revision.
    const empty = (
      await official.client
        .post(`/api/accountability/plans/${plan.slug}/evaluations`, evaluationBody(action.id, indicatorId, { summary: {}, kind: 'final' }))
        .expect(201)
    ).body;
    const noSummary = await official.client.post(`/api/accountability/evaluations/${empty.id}/publish`, { revision: 0 }).expect(422);
    expect(noSummary.body.error.fields).toEqual([expect.objectContaining({ path: 'summary', code: 'required' })]);
    await official.client.post(`/api/accountability/evaluations/${created.id}/publish`, { revision: 0 }).expect(409);
    const published = (await official.client.post(`/api/accountability/evaluations/${created.id}/publish`, { revision: 1 }).expect(200))
      .body;
    expect(published).toMatchObject({
      status: 'published',
      revision: 2,
      publishedAt: expect.any(String),
      can: { edit: false, followUp: true },
    });

    // Frozen: no edit, no second publication, no deletion; the follow-up still moves.
    const frozen = await official.client.put(`/api/accountability/evaluations/${created.id}`, { ...body, revision: 2 }).expect(409);
    expect(frozen.body.error.code).toBe('accountability.evaluation_published');
    await official.client.post(`/api/accountability/evaluations/${created.id}/publish`, { revision: 2 }).expect(409);
    await official.client.delete(`/api/accountability/evaluations/${created.id}`).expect(409);
    const follow = (
      await official.client
        .put(`/api/accountability/evaluations/${created.id}/recommendations/${recId}/follow-up`, {
          status: 'implemented',
          response: { fr: 'Fait : deux habitants par mission.', es: 'Hecho: dos vecinos por misión.' },
          respondedOn: '2029-03-01',
        })
        .expect(200)
    ).body;
    expect(follow.followUp).toEqual({
      status: 'implemented',
      response: { fr: 'Fait : deux habitants par mission.', es: 'Hecho: dos vecinos por misión.' },
      respondedOn: '2029-03-01',
    });
    // A recommendation of another evaluation is not found through this one.
    await official.client
      .put(`/api/accountability/evaluations/${empty.id}/recommendations/${recId}/follow-up`, { status: 'declined' })
      .expect(404);

    // Public now: readable, listed, on the monitoring page with its findings linked to the action.
    const read = (await anonymous.get(`/api/accountability/evaluations/${created.id}`).expect(200)).body;
    expect(read.can).toEqual({ edit: false, followUp: false });
    const list = (await anonymous.get(`/api/accountability/plans/${plan.slug}/evaluations`).expect(200)).body;
    expect(list.items.map((i: any) => i.id)).toEqual([created.id]);
    expect(list.due[0]).toEqual({ kind: 'intermediate', year: 2028, published: true });
    expect(list.can.create).toBe(false);
    const monitoring = (await anonymous.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body;
    expect(monitoring.evaluations).toHaveLength(1);
    expect(monitoring.evaluations[0].recommendations[0]).toMatchObject({ actionIds: [action.id], followUp: { status: 'implemented' } });
    expect(monitoring.evaluations[0].findings[1].indicatorIds).toEqual([indicatorId]);

    // Drafts can be deleted.
    await official.client.delete(`/api/accountability/evaluations/${empty.id}`).expect(204);
    await official.client.get(`/api/accountability/evaluations/${empty.id}`).expect(404);
  });

  it('links must point at live actions and indicators of the same plan; dates must be in order', async () => {
    const { plan, action, line1, indicatorId } = await publicPlan();
    const other = await planWithLines(official.client);
    const otherIndicator = other.action.content.indicators[0].id;
    const url = `/api/accountability/plans/${plan.id}/evaluations`;
    const bad = async (body: Record<string, unknown>) =>
      (await official.client.post(url, body).set('Accept-Language', 'ca').expect(422)).body.error.fields;

    expect(await bad(evaluationBody(other.action.id, indicatorId))).toEqual([
      { path: 'findings.0.actionIds', code: 'invalid_option', message: expect.stringContaining('opcions') },
      expect.objectContaining({ path: 'recommendations.0.actionIds', code: 'invalid_option' }),
    ]);
    expect(await bad(evaluationBody(action.id, otherIndicator))).toEqual([
      expect.objectContaining({ path: 'findings.0.indicatorIds', code: 'invalid_option' }),
    ]);
    // A strategic line is not an action; an unknown id is nothing.
    const line = evaluationBody(action.id, indicatorId, {
      recommendations: [{ text: { fr: 'x' }, priority: 'low', actionIds: [line1.id], indicatorIds: [randomUUID()] }],
    });
    expect((await bad(line)).map((f: any) => f.path)).toEqual(['recommendations.0.actionIds', 'recommendations.0.indicatorIds']);
    expect(await bad(evaluationBody(action.id, indicatorId, { periodEnd: '2025-12-31' }))).toEqual([
      expect.objectContaining({ path: 'periodEnd', code: 'invalid_dates' }),
    ]);
    // The same link twice, an empty text, an unknown assessment: refused by the schema, field by field.
    const schema = await bad(
      evaluationBody(action.id, indicatorId, {
        title: { fr: '  ' },
        findings: [{ text: {}, assessment: 'great', actionIds: [action.id, action.id] }],
      }),
    );
    expect(schema.map((f: any) => [f.path, f.code])).toEqual(
      expect.arrayContaining([
        ['title', 'required'],
        ['findings.0.text', 'required'],
        ['findings.0.assessment', 'invalid_option'],
        ['findings.0.actionIds', 'duplicate_key'],
      ]),
    );
    // A removed action can no longer be linked.
    await official.client.delete(`/api/plans/${plan.id}/sections/${action.id}?revision=${action.revision}`).expect(204);
    expect((await bad(evaluationBody(action.id, indicatorId))).map((f: any) => f.path)).toEqual([
      'findings.0.actionIds',
      'findings.0.indicatorIds',
      'recommendations.0.actionIds',
    ]);
    // Nothing was written by the refused requests.
    expect((await official.client.get(`/api/accountability/plans/${plan.id}/evaluations`).expect(200)).body.items).toEqual([]);
  });

  describe('policy matrix', () => {
    let kit: Awaited<ReturnType<typeof publicPlan>>;
    let draftId: string;
    let publishedId: string;
    let recId: string;
    beforeAll(async () => {
      kit = await publicPlan();
      const body = evaluationBody(kit.action.id, kit.indicatorId);
      draftId = (await official.client.post(`/api/accountability/plans/${kit.plan.id}/evaluations`, body).expect(201)).body.id;
      const pub = (
        await official.client.post(`/api/accountability/plans/${kit.plan.id}/evaluations`, { ...body, kind: 'final' }).expect(201)
      ).body;
      await official.client.post(`/api/accountability/evaluations/${pub.id}/publish`, { revision: 0 }).expect(200);
      publishedId = pub.id;
      recId = pub.recommendations[0].id;
    });

    const who = async (role: string): Promise<ApiClient> => {
      if (role === 'anonymous') return t.client();
      if (role === 'official') return official.client;
      if (role === 'facilitator') {
        const person = await signUp(t);
        const c = await publishedConsultation(official.client);
        await official.client.put(`/api/consultations/${c.id}/facilitators`, { userIds: [person.id] }).expect(200);
        return person.client;
      }
      return (await signUpAs(t, role as 'participant' | 'admin')).client;
    };

    it.each([
      // role, read a draft, drafts listed, write (create / save / publish / delete / follow up)
      ['anonymous', 404, false, 401],
      ['participant', 404, false, 403],
      ['facilitator', 404, false, 403],
      ['official', 200, true, 'ok'],
      ['admin', 200, true, 'ok'],
    ] as const)('%s: reading a draft %s, drafts listed: %s, writing %s', async (role, readDraft, draftsListed, write) => {
      const client = await who(role);
      await client.get(`/api/accountability/evaluations/${draftId}`).expect(readDraft);
      await client.get(`/api/accountability/evaluations/${publishedId}`).expect(200);
      const list = (await client.get(`/api/accountability/plans/${kit.plan.slug}/evaluations`).expect(200)).body;
      expect(list.items.some((i: any) => i.status === 'draft')).toBe(draftsListed);
      expect(list.items.filter((i: any) => i.status === 'published').map((i: any) => i.id)).toContain(publishedId);

      const body = evaluationBody(kit.action.id, kit.indicatorId);
      const current = (await official.client.get(`/api/accountability/evaluations/${draftId}`).expect(200)).body;
      const attempts = [
        client.post(`/api/accountability/plans/${kit.plan.id}/evaluations`, body),
        client.put(`/api/accountability/evaluations/${draftId}`, { ...body, revision: current.revision }),
        client.put(`/api/accountability/evaluations/${publishedId}/recommendations/${recId}/follow-up`, { status: 'in_progress' }),
      ];
      const statuses = [];
      for (const attempt of attempts) statuses.push((await attempt).status);
      if (write === 'ok') expect(statuses).toEqual([201, 200, 200]);
      else expect(statuses).toEqual([write, write, write]);

      // Publishing and deleting, on a draft of their own making (officials) or the shared one (the others, refused).
      const target =
        write === 'ok' ? (await client.post(`/api/accountability/plans/${kit.plan.id}/evaluations`, body).expect(201)).body.id : draftId;
      const del = await client.delete(`/api/accountability/evaluations/${target}`);
      const pub = await client.post(`/api/accountability/evaluations/${draftId}/publish`, {
        revision: current.revision + (write === 'ok' ? 1 : 0),
      });
      if (write === 'ok') {
        expect([del.status, pub.status]).toEqual([204, 200]);
        // Put a new draft back for the next role.
        draftId = (await official.client.post(`/api/accountability/plans/${kit.plan.id}/evaluations`, body).expect(201)).body.id;
      } else {
        expect([del.status, pub.status]).toEqual([write, write]);
      }
    });

    it('a draft plan: its evaluations are not advertised, even published ones', async () => {
      const hidden = await planWithLines(official.client);
      const body = evaluationBody(hidden.action.id, hidden.action.content.indicators[0].id);
      const e = (await official.client.post(`/api/accountability/plans/${hidden.plan.id}/evaluations`, body).expect(201)).body;
      await official.client.post(`/api/accountability/evaluations/${e.id}/publish`, { revision: 0 }).expect(200);
      const participant = (await signUp(t)).client;
      await participant.get(`/api/accountability/evaluations/${e.id}`).expect(404);
      await participant.get(`/api/accountability/plans/${hidden.plan.slug}/evaluations`).expect(404);
      await official.client.get(`/api/accountability/evaluations/${e.id}`).expect(200);
    });
  });

  it('the public sees the published version’s titles and actions; officials the working draft', async () => {
    const { plan, action, line1 } = await publicPlan();
    // After publication, the draft moves on: the action is renamed and an action is added.
    await official.client
      .put(`/api/plans/${plan.id}/sections/${action.id}`, {
        revision: action.revision,
        content: { ...action.content, title: { fr: 'Titre de travail, pas encore publié' } },
      })
      .expect(200);
    const added = (
      await official.client
        .post(`/api/plans/${plan.id}/sections`, { kind: 'action', parentId: line1.id, content: content('Action en préparation') })
        .expect(201)
    ).body;

    const anonymous = await t.client('fr');
    const pub = (await anonymous.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body;
    expect(pub.plan).toMatchObject({ showing: 1, versionName: { fr: 'Version publique' } });
    const pubActions = pub.lines.flatMap((l: any) => l.actions);
    expect(pubActions.map((a: any) => a.title.fr)).toEqual(['Présider un groupe de travail d’Eurocities']);
    expect(pub.indicators).toHaveLength(1);

    const staff = (await official.client.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body;
    expect(staff.plan).toMatchObject({ showing: 'draft', versionName: null });
    const staffActions = staff.lines.flatMap((l: any) => l.actions);
    expect(staffActions.map((a: any) => a.title.fr).sort()).toEqual(['Action en préparation', 'Titre de travail, pas encore publié']);
    expect(staffActions.find((a: any) => a.id === added.id)).toBeDefined();

    // Tracking set on the live action shows on the published title (ids are stable across versions).
    await official.client.put(`/api/accountability/actions/${action.id}`, { status: 'in_progress', progress: 40 }).expect(200);
    const again = (await anonymous.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body;
    expect(again.lines.flatMap((l: any) => l.actions)[0]).toMatchObject({ id: action.id, status: 'in_progress', progress: 40 });
  });

  it('the monitoring view reads evaluations in a fixed number of queries (no N+1)', async () => {
    const { plan, action, indicatorId } = await publicPlan();
    const anonymous = await t.client();
    const publish = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const e = (
          await official.client.post(`/api/accountability/plans/${plan.id}/evaluations`, evaluationBody(action.id, indicatorId)).expect(201)
        ).body;
        await official.client.post(`/api/accountability/evaluations/${e.id}/publish`, { revision: 0 }).expect(200);
      }
    };
    await publish(1);
    const one = await t.queries.measure(() => anonymous.get(`/api/accountability/plans/${plan.slug}`).expect(200));
    await publish(4);
    const five = await t.queries.measure(() => anonymous.get(`/api/accountability/plans/${plan.slug}`).expect(200));
    expect(five.result.body.evaluations).toHaveLength(5);
    // At most as many: the first read may store machine translations (one write) that the later read finds cached.
    expect(five.queries).toBeLessThanOrEqual(one.queries);
    const list = await t.queries.measure(() => anonymous.get(`/api/accountability/plans/${plan.slug}/evaluations`).expect(200));
    expect(list.result.body.items).toHaveLength(5);
    expect(list.queries).toBeLessThanOrEqual(4);
  });
});
