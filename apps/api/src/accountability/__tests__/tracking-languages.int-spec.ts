import type { TestApp } from '../../../test-support/test-app';
import { appWithOfficialAndResident, type SignedUpPerson as Person } from '../../../test-support/fixtures';
import { planWithLines } from '../../plan/__tests__/plan-kit';

/** Real PostgreSQL and real Apertium (the Debian packages; `.ci/run` installs them). */
describe('action tracking in every plan language: fill by machine translation, "to review" marks, approval', () => {
  let t: TestApp;
  let official: Person;
  let resident: Person;
  appWithOfficialAndResident({ TRANSLATION_ENGINE: 'apertium' }, (cast) => ({ t, official, resident } = cast));

  const tracking = {
    status: 'in_progress',
    responsible: { fr: 'Service des relations internationales' },
    subActions: [{ title: { ca: 'Preparar la candidatura europea' } }],
    milestones: [{ title: { fr: 'Signature de la convention', es: 'Firma del convenio' }, dueOn: '2027-06-30' }],
    budgetLines: [{ line: { fr: 'Coopération au développement' }, planned: 1000 }],
  };

  it('only officials fill and approve: anonymous 401, participant 403, stale revision 409, unknown action 404', async () => {
    const { action } = await planWithLines(official.client);
    const url = `/api/accountability/actions/${action.id}`;
    const anonymous = await t.client('fr');
    await anonymous.post(`${url}/fill-languages`, { revision: 0 }).expect(401);
    await anonymous.post(`${url}/approve-translation`, { revision: 0, field: 'responsible', language: 'es' }).expect(401);
    await resident.client.post(`${url}/fill-languages`, { revision: 0 }).expect(403);
    await resident.client.post(`${url}/approve-translation`, { revision: 0, field: 'responsible', language: 'es' }).expect(403);
    await official.client.post(`${url}/fill-languages`, { revision: 3 }).expect(409);
    await official.client.post(`${url}/fill-languages`, { revision: '0' }).expect(422);
    await official.client.post(`/api/accountability/actions/${crypto.randomUUID()}/fill-languages`, { revision: 0 }).expect(404);
  });

  it('fills every plan language a tracking text lacks, marked to review; the public monitoring page carries the marks; an approval or an edit clears one; a client cannot forge one', async () => {
    const { plan, action } = await planWithLines(official.client); // plan languages: fr, es
    const url = `/api/accountability/actions/${action.id}`;
    const saved = (await official.client.put(url, tracking).expect(200)).body;
    expect(saved.review).toEqual([]);

    const filled = (await official.client.post(`${url}/fill-languages`, { revision: saved.revision }).expect(200)).body;
    expect(filled.revision).toBe(saved.revision + 1);
    expect(filled.responsible.fr).toBe('Service des relations internationales');
    expect(filled.responsible.es.toLowerCase()).toContain('relaciones internacionales');
    // Catalan only: French and Spanish both filled, from Catalan.
    expect(filled.subActions[0].title.es.toLowerCase()).toContain('candidatura');
    expect(filled.subActions[0].title.fr.toLowerCase()).toContain('candidature');
    // Written in both plan languages: untouched, no mark.
    expect(filled.milestones[0].title).toEqual({ fr: 'Signature de la convention', es: 'Firma del convenio' });
    expect(filled.budgetLines[0].line.es.toLowerCase()).toContain('cooperación');
    expect(filled.budgetLines[0].planned).toBe(1000);
    expect(filled.review).toEqual([
      { field: 'budgetLines.0.line', language: 'es', from: 'fr' },
      { field: 'responsible', language: 'es', from: 'fr' },
      { field: 'subActions.0.title', language: 'es', from: 'ca' },
      { field: 'subActions.0.title', language: 'fr', from: 'ca' },
    ]);

    // The public monitoring page (published version) says which texts are machine made and not yet reviewed.
    await official.client.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'Suivi' } }).expect(201);
    await official.client.post(`/api/plans/${plan.id}/versions/1/review`, { open: true }).expect(200);
    const shown = (await resident.client.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body;
    const shownAction = shown.lines.flatMap((l: any) => l.actions).find((a: any) => a.id === action.id);
    expect(shownAction.review).toEqual(filled.review);
    expect(shownAction.responsible.es).toBe(filled.responsible.es);

    // Approving one: it goes, the others stay; twice: 404.
    const approved = (
      await official.client
        .post(`${url}/approve-translation`, { revision: filled.revision, field: 'responsible', language: 'es' })
        .expect(200)
    ).body;
    expect(approved.review).toHaveLength(3);
    expect(approved.review).not.toContainEqual(expect.objectContaining({ field: 'responsible' }));
    await official.client
      .post(`${url}/approve-translation`, { revision: approved.revision, field: 'responsible', language: 'es' })
      .expect(404);

    // A save with the French sub-action edited reviews it; the Spanish one keeps its mark; a forged mark is dropped.
    const edited = (
      await official.client
        .put(url, {
          ...tracking,
          responsible: approved.responsible,
          subActions: [{ title: { ...approved.subActions[0].title, fr: 'Déposer le dossier auprès de la Commission' } }],
          milestones: approved.milestones,
          budgetLines: approved.budgetLines,
          review: [...approved.review, { field: 'milestones.0.title', language: 'es', from: 'fr' }],
        })
        .expect(200)
    ).body;
    expect(edited.review).toEqual([
      { field: 'budgetLines.0.line', language: 'es', from: 'fr' },
      { field: 'subActions.0.title', language: 'es', from: 'ca' },
    ]);
    // A save that leaves the marks out approves them all (the old client's behaviour, and the window's "approve").
    const cleared = (await official.client.put(url, { ...tracking, budgetLines: approved.budgetLines }).expect(200)).body;
    expect(cleared.review).toEqual([]);
  });

  it('an action never tracked is filled from its plan defaults (the lead department) and a tracking row appears', async () => {
    const { action } = await planWithLines(official.client);
    const url = `/api/accountability/actions/${action.id}`;
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM action_tracking WHERE action_id = $1`, [action.id]))[0].n;
    expect(before).toBe(0);
    const filled = (await official.client.post(`${url}/fill-languages`, { revision: 0 }).expect(200)).body;
    expect(filled.status).toBe('not_started');
    expect(filled.revision).toBe(1);
    expect(filled.responsible.es.toLowerCase()).toContain('relaciones internacionales');
    expect(filled.review).toEqual([{ field: 'responsible', language: 'es', from: 'fr' }]);
    const [row] = await t.db.query(`SELECT review FROM action_tracking WHERE action_id = $1`, [action.id]);
    expect(row.review).toEqual(filled.review);
  });
});
