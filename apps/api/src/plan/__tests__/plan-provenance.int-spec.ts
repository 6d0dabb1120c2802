import type { TestApp } from '../../../test-support/test-app';
import { appWithOfficialAndResident, signUp, type SignedUpPerson as Person } from '../../../test-support/fixtures';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { content, contribution, planWithLines, theme } from './plan-kit';

describe('plan: from synthesis to the draft, provenance, "you said, we did"', () => {
  let t: TestApp;
  let official: Person;
  let resident: Person;
  let author: Person;
  let consultation: { id: string; slug: string };

  appWithOfficialAndResident({}, (cast) => ({ t, official, resident } = cast));
  beforeAll(async () => {
    author = await signUp(t, { category: 'civil_society', displayName: 'Jordi Martí' });
    consultation = await publishedConsultation(official.client);
  });
  beforeEach(() => t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'register:%'`));

  it('a theme becomes a new action with provenance that survives edits, removal and restores; its contributor sees "included in action 2.x of version n"', async () => {
    const { plan, line2 } = await planWithLines(official.client, consultation.id);
    const mineId = await contribution(t, {
      consultationId: consultation.id,
      text: 'Il faut un portefeuille de projets pour les fonds européens.',
      source: 'questionnaire_answer',
      keyPoint: false,
      authorUserId: resident.id,
      category: 'resident',
    });
    const others = [
      await contribution(t, {
        consultationId: consultation.id,
        text: 'Les universités peuvent monter des consortiums Horizon Europe.',
        authorLabel: 'Universitat de Barcelona',
        category: 'academia',
      }),
      await contribution(t, {
        consultationId: consultation.id,
        text: 'Les PME ont besoin d’aide pour les appels européens.',
        authorLabel: 'Cambra de Comerç',
        category: 'private_sector',
      }),
    ];
    const themeId = await theme(t, consultation.id, 'fonds européens · projets · appels', [mineId, ...others]);

    // Only officials see candidates and make suggestions.
    await resident.client.get(`/api/plans/${plan.id}/suggestion-candidates?kind=theme`).expect(403);
    const candidates = (await official.client.get(`/api/plans/${plan.id}/suggestion-candidates?kind=theme`).expect(200)).body;
    expect(candidates).toEqual([expect.objectContaining({ id: themeId, count: 3, suggested: false })]);
    const request = {
      kind: 'new_action',
      source: { kind: 'theme', id: themeId },
      targetSectionId: line2.id,
      content: content('Portefeuille de projets européens', ['Un guichet unique pour les appels.']),
    };
    await resident.client.post(`/api/plans/${plan.id}/suggestions`, request).expect(403);
    const suggestion = (await official.client.post(`/api/plans/${plan.id}/suggestions`, request).expect(201)).body;
    expect(suggestion.sources).toMatchObject({ total: 3, byCategory: { resident: 1, academia: 1, private_sector: 1 } });

    // Fate while pending.
    let fate = (await resident.client.get(`/api/contribution-fates/${mineId}`).expect(200)).body;
    expect(fate).toMatchObject({ stage: 'suggested', themes: [{ id: themeId }] });

    // Accept, edited; the participant may not.
    await resident.client.post(`/api/plans/${plan.id}/suggestions/${suggestion.id}/decision`, { decision: 'accept' }).expect(403);
    const edited = content('Portefeuille de projets Next Generation EU', ['Un guichet unique pour les appels européens.']);
    const accepted = (
      await official.client
        .post(`/api/plans/${plan.id}/suggestions/${suggestion.id}/decision`, { decision: 'accept', content: edited })
        .expect(200)
    ).body;
    expect(accepted).toMatchObject({ status: 'accepted', resultCode: '2.1' });
    await official.client
      .post(`/api/plans/${plan.id}/suggestions/${suggestion.id}/decision`, { decision: 'reject', reason: 'Trop tard' })
      .expect(409);
    const actionId = accepted.resultSectionId;

    const draft = (await official.client.get(`/api/plans/${plan.id}`).expect(200)).body;
    const action = draft.sections.find((s: any) => s.id === actionId);
    // The plan is in French and Spanish: the Spanish is machine made, marked to review (issue 13).
    expect(action.content.title).toEqual({ fr: 'Portefeuille de projets Next Generation EU', es: expect.any(String) });
    expect(action.content.review).toContainEqual({ field: 'title', language: 'es', from: 'fr' });
    expect(action.sources).toMatchObject({
      total: 3,
      byCategory: { resident: 1, academia: 1, private_sector: 1 },
      bySource: { questionnaire_answer: 1, interview_key_point: 2 },
    });
    const panel = (await official.client.get(`/api/plans/${plan.id}/sections/${actionId}/sources?limit=2`).expect(200)).body;
    expect(panel.quotes).toHaveLength(2);
    expect(panel.nextCursor).toBeTruthy();
    const rest = (
      await official.client.get(`/api/plans/${plan.id}/sections/${actionId}/sources?limit=2&cursor=${panel.nextCursor}`).expect(200)
    ).body;
    expect([...panel.quotes, ...rest.quotes].map((q: any) => q.contributionId).sort()).toEqual([mineId, ...others].sort());
    // A person is never named in quotes; institutions are.
    expect([...panel.quotes, ...rest.quotes].find((q: any) => q.contributionId === mineId).author).toBeNull();

    fate = (await resident.client.get(`/api/contribution-fates/${mineId}`).expect(200)).body;
    expect(fate.stage).toBe('in_draft');

    // Versions 1..3; the action first appears in version 2.
    await official.client.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'Sans portefeuille' } }).expect(201);
    // (version 1 was taken after acceptance: make the scenario honest with a restore point before it)
    const mine = (await resident.client.get('/api/contribution-fates/mine').expect(200)).body;
    expect(mine.items[0]).toMatchObject({
      contributionId: mineId,
      stage: 'included',
      inclusions: [{ code: '2.1', versionNumber: 1, kind: 'action' }],
    });

    // Editing the action's text keeps its sources.
    const edit = await official.client
      .put(`/api/plans/${plan.id}/sections/${actionId}`, {
        revision: action.revision,
        content: { ...action.content, paragraphs: [{ id: action.content.paragraphs[0].id, text: { fr: 'Un guichet unique, réécrit.' } }] },
      })
      .expect(200);
    expect(edit.body.sources.total).toBe(3);

    // Removing the action and restoring it: provenance is still there.
    await official.client.delete(`/api/plans/${plan.id}/sections/${actionId}?revision=${edit.body.revision}`).expect(204);
    await official.client.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'Sans l’action' } }).expect(201);
    fate = (await resident.client.get(`/api/contribution-fates/${mineId}`).expect(200)).body;
    expect(fate.inclusions[0]).toMatchObject({ versionNumber: 1, removed: true });
    const back = (await official.client.post(`/api/plans/${plan.id}/versions/1/restore`).expect(200)).body;
    expect(back.sections.find((s: any) => s.id === actionId).sources.total).toBe(3);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM plan_provenance WHERE section_id = $1`, [actionId]))[0].n).toBe(3);
    fate = (await resident.client.get(`/api/contribution-fates/${mineId}`).expect(200)).body;
    expect(fate.inclusions[0]).toMatchObject({ code: '2.1', versionNumber: 1, removed: false });

    // Another person cannot read this contribution's fate.
    await author.client.get(`/api/contribution-fates/${mineId}`).expect(404);
  });

  it('an interview key point becomes an amendment of a paragraph (paragraph-level provenance); a rejected one shows why', async () => {
    const { plan, line1 } = await planWithLines(official.client, consultation.id);
    const keyPoint = await contribution(t, {
      consultationId: consultation.id,
      text: 'MedCities devrait être cité explicitement.',
      authorLabel: 'MedCities',
      category: 'international',
    });
    const target = line1.content.paragraphs[0];
    const s = (
      await official.client
        .post(`/api/plans/${plan.id}/suggestions`, {
          kind: 'amendment',
          source: { kind: 'interview_key_point', id: keyPoint },
          targetSectionId: line1.id,
          targetParagraphId: target.id,
          content: content('', ['Par les réseaux de villes, dont MedCities.']),
        })
        .expect(201)
    ).body;
    await official.client.post(`/api/plans/${plan.id}/suggestions/${s.id}/decision`, { decision: 'accept' }).expect(200);
    const line = (await official.client.get(`/api/plans/${plan.id}`).expect(200)).body.sections.find((x: any) => x.id === line1.id);
    expect(line.content.paragraphs[0]).toEqual({
      id: target.id,
      text: { fr: 'Par les réseaux de villes, dont MedCities.', es: expect.any(String) },
    });
    expect(line.content.review).toContainEqual({ field: `paragraphs.${target.id}`, language: 'es', from: 'fr' });
    expect(line.sources.byParagraph).toEqual({ [target.id]: 1 });
    const panel = (await official.client.get(`/api/plans/${plan.id}/sections/${line1.id}/sources?paragraphId=${target.id}`).expect(200))
      .body;
    expect(panel.quotes[0]).toMatchObject({ contributionId: keyPoint, author: 'MedCities', category: 'international' });

    // A key point of another consultation cannot be used.
    const other = await publishedConsultation(official.client);
    const foreign = await contribution(t, { consultationId: other.id, text: 'Ailleurs.', authorLabel: 'X' });
    await official.client
      .post(`/api/plans/${plan.id}/suggestions`, {
        kind: 'addition',
        source: { kind: 'interview_key_point', id: foreign },
        targetSectionId: line1.id,
        content: content('', ['x']),
      })
      .expect(422);

    const mine = await contribution(t, {
      consultationId: consultation.id,
      text: 'Jumelage avec Lyon.',
      source: 'room_message',
      authorUserId: author.id,
      category: 'civil_society',
    });
    const r = (
      await official.client
        .post(`/api/plans/${plan.id}/suggestions`, {
          kind: 'addition',
          source: { kind: 'room_key_point', id: mine },
          targetSectionId: line1.id,
          content: content('', ['Jumelage avec Lyon.']),
        })
        .expect(201)
    ).body;
    await official.client.post(`/api/plans/${plan.id}/suggestions/${r.id}/decision`, { decision: 'reject' }).expect(422);
    await official.client
      .post(`/api/plans/${plan.id}/suggestions/${r.id}/decision`, { decision: 'reject', reason: 'Déjà couvert par l’action 1.1.' })
      .expect(200);
    const fate = (await author.client.get('/api/contribution-fates/mine').expect(200)).body.items.find(
      (f: any) => f.contributionId === mine,
    );
    expect(fate).toMatchObject({ stage: 'not_retained', suggestions: [{ status: 'rejected', reason: 'Déjà couvert par l’action 1.1.' }] });
    const pending = (await official.client.get(`/api/plans/${plan.id}/suggestions?status=rejected`).expect(200)).body;
    expect(pending.items.map((x: any) => x.id)).toEqual([r.id]);
  });

  it('accepting a proposal as an action records the proposal’s official answer linked to the action', async () => {
    const { plan, line2 } = await planWithLines(official.client, consultation.id);
    const proposal = (
      await author.client
        .post('/api/proposals', {
          title: 'Coopération avec Dakar sur les déchets',
          body: 'Échanges techniques.',
          consultationId: consultation.id,
        })
        .expect(201)
    ).body;
    await author.client.post(`/api/proposals/${proposal.id}/submit`).expect(200);
    const s = (
      await official.client
        .post(`/api/plans/${plan.id}/suggestions`, {
          kind: 'new_action',
          source: { kind: 'proposal', id: proposal.id },
          targetSectionId: line2.id,
          content: content('Coopération Dakar – déchets'),
        })
        .expect(201)
    ).body;
    expect(s.sources.total).toBe(1);
    const accepted = (
      await official.client
        .post(`/api/plans/${plan.id}/suggestions/${s.id}/decision`, {
          decision: 'accept',
          proposalAnswer: 'Retenue : devient l’action 2.1 du plan.',
        })
        .expect(200)
    ).body;
    const after = (await author.client.get(`/api/proposals/${proposal.id}`).expect(200)).body;
    expect(after).toMatchObject({ status: 'accepted', planActionId: accepted.resultSectionId });
    const fate = (await author.client.get('/api/contribution-fates/mine').expect(200)).body.items.find((f: any) => f.source === 'proposal');
    expect(fate).toMatchObject({ stage: 'in_draft', answer: { status: 'accepted', text: 'Retenue : devient l’action 2.1 du plan.' } });
  });

  it('an organisation’s page shows the fate of what it said, to its members and officials only', async () => {
    const org = (
      await author.client.post('/api/organisations', { name: `Casal ${Date.now()}`, category: 'civil_society', country: 'ES' }).expect(201)
    ).body;
    await contribution(t, { consultationId: consultation.id, text: 'Parole de l’association.', category: 'civil_society' });
    await t.db.query(`UPDATE contributions SET author_organisation_id = $1 WHERE text = 'Parole de l’association.'`, [org.id]);
    const seen = (await author.client.get(`/api/contribution-fates/organisations/${org.id}`).expect(200)).body;
    expect(seen.items).toHaveLength(1);
    expect((await official.client.get(`/api/contribution-fates/organisations/${org.id}`).expect(200)).body.items).toHaveLength(1);
    await resident.client.get(`/api/contribution-fates/organisations/${org.id}`).expect(403);
    await (await t.client()).get(`/api/contribution-fates/organisations/${org.id}`).expect(401);
  });
});
