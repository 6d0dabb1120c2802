import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../../test-support/test-app';
import { appWithOfficialAndResident, signUpAs, type SignedUpPerson as Person } from '../../../test-support/fixtures';
import { content, planWithLines } from './plan-kit';

describe('plan: structure, editing, concurrency, versions, diff, restore, exports', () => {
  let t: TestApp;
  let official: Person;
  let colleague: Person;
  let resident: Person;

  appWithOfficialAndResident({}, (cast) => ({ t, official, resident } = cast));
  beforeAll(async () => {
    colleague = await signUpAs(t, 'official');
    await t.db.query(`UPDATE users SET display_name = 'Núria Puig' WHERE id = $1`, [colleague.id]);
  });
  beforeEach(() => t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'register:%'`));

  const body = () => ({
    slug: `p-${randomUUID().slice(0, 8)}`,
    title: { fr: 'Plan' },
    periodStart: 2026,
    periodEnd: 2030,
    languages: ['fr'],
  });

  it.each([
    ['anonymous', 401],
    ['participant', 403],
    ['official', 201],
    ['admin', 201],
  ] as const)('%s creating a plan gets %i', async (who, status) => {
    const client =
      who === 'anonymous'
        ? await t.client()
        : who === 'participant'
          ? resident.client
          : who === 'official'
            ? official.client
            : (await signUpAs(t, 'admin')).client;
    await client.post('/api/plans', body()).expect(status);
  });

  it('a draft is for officials only; participants cannot edit, move, remove nor save versions (matrix with denial)', async () => {
    const { plan, action, line1 } = await planWithLines(official.client);
    const anonymous = await t.client();
    for (const client of [anonymous, resident.client]) {
      await client.get(`/api/plans/${plan.slug}`).expect(404);
      await client.get(`/api/plans/${plan.id}/versions`).expect(404);
      await client.get(`/api/plans/${plan.id}/export/pdf`).expect(404);
    }
    const denied = resident.client;
    await denied.put(`/api/plans/${plan.id}/sections/${action.id}`, { revision: action.revision, content: content('x') }).expect(403);
    await denied.post(`/api/plans/${plan.id}/sections`, { kind: 'strategic_line', content: content('x') }).expect(403);
    await denied
      .post(`/api/plans/${plan.id}/sections/${action.id}/move`, { revision: action.revision, parentId: line1.id, position: 0 })
      .expect(403);
    await denied.delete(`/api/plans/${plan.id}/sections/${action.id}?revision=${action.revision}`).expect(403);
    await denied.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'v' } }).expect(403);
    await denied.post(`/api/plans/${plan.id}/status`, { status: 'adopted' }).expect(403);
    await anonymous.put(`/api/plans/${plan.id}/sections/${action.id}`, { revision: action.revision, content: content('x') }).expect(401);
    const seen = await official.client.get(`/api/plans/${plan.slug}`).expect(200);
    expect(seen.body.showing).toBe('draft');
    expect(seen.body.can.edit).toBe(true);
    expect(seen.body.sections.map((s: any) => [s.kind, s.code])).toEqual([
      ['general_objective', 'G'],
      ['specific_objective', 'O1'],
      ['strategic_line', '1'],
      ['action', '1.1'],
      ['strategic_line', '2'],
    ]);
    const a = seen.body.sections.find((s: any) => s.id === action.id);
    expect(a.content).toMatchObject({
      leadDepartment: { fr: 'Relations internationales' },
      sdgTargets: ['11.3', '17.17'],
      partners: [{ kind: 'network', name: 'Eurocities' }],
    });
    // Indicators are mirrored in their own table (accountability attaches measurements to them).
    const [indicator] = await t.db.query(`SELECT action_id, target_value, deleted_at FROM plan_indicators WHERE action_id = $1`, [
      action.id,
    ]);
    expect(indicator).toMatchObject({ action_id: action.id, target_value: 8, deleted_at: null });
  });

  it('rejects unknown SDG targets and an action without a line; sanitises Markdown', async () => {
    const { plan, line1 } = await planWithLines(official.client);
    const bad = await official.client
      .post(`/api/plans/${plan.id}/sections`, { kind: 'action', parentId: line1.id, content: content('x', [], { sdgTargets: ['18.1'] }) })
      .expect(422);
    expect(bad.body.error.fields[0].path).toContain('sdgTargets');
    await official.client.post(`/api/plans/${plan.id}/sections`, { kind: 'action', content: content('x') }).expect(422);
    const xss = (
      await official.client
        .post(`/api/plans/${plan.id}/sections`, {
          kind: 'text',
          content: content('Intro', ['<script>alert(1)</script> **gras** [lien](javascript:alert(1))']),
        })
        .expect(201)
    ).body;
    const html = Object.values(xss.html)[0] as Record<string, string>;
    expect(html.fr).toContain('<strong>gras</strong>');
    expect(html.fr).not.toContain('<script');
    expect(html.fr).not.toContain('href="javascript');
  });

  it('two officials editing one section: the stale save gets 409 with a translated message naming the other, and nothing is overwritten', async () => {
    const { plan, action } = await planWithLines(official.client);
    const mine = { ...action.content, title: { fr: 'Version d’Ana' } };
    const theirs = { ...action.content, title: { fr: 'Version de Núria' } };
    const saved = await colleague.client
      .put(`/api/plans/${plan.id}/sections/${action.id}`, { revision: action.revision, content: theirs })
      .expect(200);
    expect(saved.body.revision).toBe(action.revision + 1);
    const es = await t.client('es');
    void es;
    const conflict = await official.client
      .put(`/api/plans/${plan.id}/sections/${action.id}`, { revision: action.revision, content: mine })
      .set('Accept-Language', 'es')
      .expect(409);
    expect(conflict.body.error.code).toBe('plan.edit_conflict');
    expect(conflict.body.error.message).toContain('Núria Puig');
    expect(conflict.body.error.message).toMatch(/guardó esta sección/);
    const now = await official.client.get(`/api/plans/${plan.id}`).expect(200);
    expect(now.body.sections.find((s: any) => s.id === action.id).content.title).toEqual({ fr: 'Version de Núria' });
    // From the current revision, the save goes through.
    await official.client.put(`/api/plans/${plan.id}/sections/${action.id}`, { revision: saved.body.revision, content: mine }).expect(200);
  });

  it('named versions, a per-section word diff between any two, restore, and review publication', async () => {
    const { plan, action, line2 } = await planWithLines(official.client);
    const v1 = (await official.client.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'Premier jet' } }).expect(201)).body;
    expect(v1.number).toBe(1);
    const p = action.content.paragraphs[0];
    await official.client
      .put(`/api/plans/${plan.id}/sections/${action.id}`, {
        revision: action.revision,
        content: { ...action.content, paragraphs: [{ id: p.id, text: { fr: 'Porter la voix de toute la métropole.' } }] },
      })
      .expect(200);
    const added = (
      await official.client
        .post(`/api/plans/${plan.id}/sections`, { kind: 'action', parentId: line2.id, content: content('Portefeuille Next Generation EU') })
        .expect(201)
    ).body;
    const v2 = (
      await official.client
        .post(`/api/plans/${plan.id}/versions`, { name: { fr: 'Après l’atelier' }, note: 'Retours du groupe de travail' })
        .expect(201)
    ).body;
    expect(v2.number).toBe(2);

    const diff = (await official.client.get(`/api/plans/${plan.id}/diff?from=1&to=2`).expect(200)).body;
    const changed = diff.sections.find((s: any) => s.sectionId === action.id);
    expect(changed.change).toBe('changed');
    const ops = changed.fields.find((f: any) => f.field === 'paragraphs').ops;
    expect(ops).toEqual(expect.arrayContaining([{ op: 'insert', text: expect.stringContaining('toute') }]));
    expect(diff.sections.find((s: any) => s.sectionId === added.id)).toMatchObject({ change: 'added', code: '2.1' });
    expect(diff.unchanged).toBeGreaterThanOrEqual(3);

    // Restore version 1: the paragraph text comes back, the new action goes (softly).
    const restored = (await official.client.post(`/api/plans/${plan.id}/versions/1/restore`).expect(200)).body;
    expect(restored.sections.find((s: any) => s.id === action.id).content.paragraphs[0]).toEqual({
      id: p.id,
      text: { fr: 'Porter la voix de la métropole.' },
    });
    expect(restored.sections.some((s: any) => s.id === added.id)).toBe(false);
    const draftVsV1 = (await official.client.get(`/api/plans/${plan.id}/diff?from=1&to=draft`).expect(200)).body;
    expect(draftVsV1.sections).toEqual([]);

    // Versions are private until published for review; then anyone reads that one (not the draft).
    await resident.client.get(`/api/plans/${plan.id}?version=2`).expect(404);
    await resident.client.post(`/api/plans/${plan.id}/versions/2/review`, { open: true }).expect(403);
    await official.client.post(`/api/plans/${plan.id}/versions/2/review`, { open: true }).expect(200);
    const publicView = (await resident.client.get(`/api/plans/${plan.slug}`).expect(200)).body;
    expect(publicView).toMatchObject({ showing: 2, status: 'public_review', can: { edit: false, annotate: true } });
    await resident.client.get(`/api/plans/${plan.id}?version=draft`).expect(404);
    await resident.client.get(`/api/plans/${plan.id}?version=1`).expect(404);
    await resident.client.get(`/api/plans/${plan.id}/diff?from=1&to=2`).expect(404);
    expect((await resident.client.get(`/api/plans/${plan.id}/versions`).expect(200)).body.map((v: any) => v.number)).toEqual([2]);
  });

  it('removing and restoring keeps section ids; indicators follow their action', async () => {
    const { plan, action } = await planWithLines(official.client);
    await official.client.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'v1' } }).expect(201);
    await official.client.delete(`/api/plans/${plan.id}/sections/${action.id}?revision=${action.revision}`).expect(204);
    expect((await t.db.query(`SELECT deleted_at FROM plan_indicators WHERE action_id = $1`, [action.id]))[0].deleted_at).not.toBeNull();
    const back = (await official.client.post(`/api/plans/${plan.id}/versions/1/restore`).expect(200)).body;
    expect(back.sections.find((s: any) => s.id === action.id)).toBeTruthy();
    expect((await t.db.query(`SELECT deleted_at FROM plan_indicators WHERE action_id = $1`, [action.id]))[0].deleted_at).toBeNull();
  });

  it('the plan page costs the same number of queries with 3 or 30 actions (no N+1)', async () => {
    const { plan, line1 } = await planWithLines(official.client);
    const measure = async () => (await t.queries.measure(() => official.client.get(`/api/plans/${plan.id}`).expect(200))).queries;
    const few = await measure();
    for (let i = 0; i < 27; i++)
      await official.client
        .post(`/api/plans/${plan.id}/sections`, { kind: 'action', parentId: line1.id, content: content(`Action ${i}`, ['Texte.']) })
        .expect(201);
    expect(await measure()).toBe(few);
  });

  it('exports a PDF and printable HTML in the language asked, with the annex; the adopted plan is public', async () => {
    const { plan } = await planWithLines(official.client);
    await official.client.post(`/api/plans/${plan.id}/status`, { status: 'adopted' }).expect(409);
    await official.client.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'Adopté' } }).expect(201);
    await official.client.post(`/api/plans/${plan.id}/status`, { status: 'adopted' }).expect(200);
    const anonymous = await t.client();
    const pdf = await anonymous
      .get(`/api/plans/${plan.slug}/export/pdf?lang=es`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(((pdf.body as Buffer).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
    const html = await anonymous.get(`/api/plans/${plan.slug}/export/html?lang=es`).expect(200);
    expect(html.text).toContain('<html lang="es">');
    expect(html.text).toContain('Plan de internacionalización');
    expect(html.text).toContain('Cómo se elaboró este plan');
    expect(html.text).toContain('Acción 1.1');
  });
});
