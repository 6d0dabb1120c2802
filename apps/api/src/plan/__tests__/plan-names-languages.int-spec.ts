import type { TestApp } from '../../../test-support/test-app';
import { appWithOfficialAndResident, signUpAs, type SignedUpPerson as Person } from '../../../test-support/fixtures';
import { planWithLines } from './plan-kit';

/** Names officials give (versions, departments, budget lines) are per-language texts, edited per language (issue 13, item 4). */
describe('plan: names per language', () => {
  let t: TestApp;
  let official: Person;
  let admin: Person;
  let resident: Person;

  appWithOfficialAndResident({ TRANSLATION_ENGINE: 'none' }, (cast) => ({ t, official, resident } = cast));
  beforeAll(async () => {
    admin = await signUpAs(t, 'admin');
  });

  it('a version is named per language and renamed per language by officials only; a name with no language is refused', async () => {
    const { plan } = await planWithLines(official.client);
    const v1 = (await official.client.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'Premier jet' } }).expect(201)).body;
    expect(v1.name).toEqual({ fr: 'Premier jet' });

    // Denied: anonymous 401, a participant 403; nothing renamed.
    await (await t.client()).patch(`/api/plans/${plan.id}/versions/1`, { name: { en: 'First draft' } }).expect(401);
    await resident.client.patch(`/api/plans/${plan.id}/versions/1`, { name: { en: 'First draft' } }).expect(403);

    // An official adds English and Catalan; an admin corrects the Catalan; an empty text removes its language.
    const renamed = (
      await official.client
        .patch(`/api/plans/${plan.id}/versions/1`, { name: { fr: 'Premier jet', en: 'First draft', ca: 'Primer esbós' } })
        .expect(200)
    ).body;
    expect(renamed.name).toEqual({ fr: 'Premier jet', en: 'First draft', ca: 'Primer esbós' });
    const corrected = (
      await admin.client
        .patch(`/api/plans/${plan.id}/versions/1`, { name: { fr: 'Premier jet', en: 'First draft', ca: 'Primer esborrany', es: ' ' } })
        .expect(200)
    ).body;
    expect(corrected.name).toEqual({ fr: 'Premier jet', en: 'First draft', ca: 'Primer esborrany' });
    const list = (await official.client.get(`/api/plans/${plan.id}/versions`).expect(200)).body;
    expect(list[0].name).toEqual(corrected.name);

    // Bad input: a translated 422 naming the field, never a 500; unknown version: 404.
    const bad = (await official.client.patch(`/api/plans/${plan.id}/versions/1`, { name: { fr: '  ' } }).expect(422)).body;
    expect(bad.error.fields).toEqual([expect.objectContaining({ path: 'name', code: 'required' })]);
    await official.client.post(`/api/plans/${plan.id}/versions`, { name: 'Sans langue' }).expect(422);
    await official.client.patch(`/api/plans/${plan.id}/versions/9`, { name: { fr: 'Neuf' } }).expect(404);
    const [row] = await t.db.query(`SELECT name FROM plan_versions WHERE plan_id = $1 AND number = 1`, [plan.id]);
    expect(row.name).toEqual(corrected.name);
  });

  it('lead departments, budget lines and the responsible department are stored per language', async () => {
    const { plan, action } = await planWithLines(official.client);
    const section = (await official.client.get(`/api/plans/${plan.id}`).expect(200)).body.sections.find(
      (s: { id: string }) => s.id === action.id,
    );
    expect(section.content.leadDepartment).toEqual({ fr: 'Relations internationales' });
    const saved = (
      await official.client
        .put(`/api/plans/${plan.id}/sections/${action.id}`, {
          revision: section.revision,
          content: {
            ...section.content,
            leadDepartment: { fr: 'Relations internationales', en: 'International Relations' },
            budget: { line: { fr: 'Missions', es: 'Misiones' }, amount: 1000, currency: 'EUR' },
          },
        })
        .expect(200)
    ).body;
    expect(saved.content.leadDepartment).toEqual({ fr: 'Relations internationales', en: 'International Relations' });
    expect(saved.content.budget.line).toEqual({ fr: 'Missions', es: 'Misiones' });
    // A budget line with no name in any language: refused with the field named.
    const bad = (
      await official.client
        .put(`/api/plans/${plan.id}/sections/${action.id}`, {
          revision: saved.revision,
          content: { ...saved.content, budget: { line: {}, amount: 1, currency: 'EUR' } },
        })
        .expect(422)
    ).body;
    expect(bad.error.fields[0].path).toBe('content.budget.line');

    await official.client
      .put(`/api/accountability/actions/${action.id}`, {
        status: 'in_progress',
        responsible: { fr: 'Direction', ca: 'Direcció' },
        budgetLines: [{ line: { fr: 'Déplacements', en: 'Travel' }, planned: 100, spent: 10 }],
      })
      .expect(200);
    const tracked = (await official.client.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body.lines
      .flatMap((l: { actions: unknown[] }) => l.actions)
      .find((a: { id: string }) => a.id === action.id);
    expect(tracked.responsible).toEqual({ fr: 'Direction', ca: 'Direcció' });
    expect(tracked.budgetLines[0].line).toEqual({ fr: 'Déplacements', en: 'Travel' });
  });
});
