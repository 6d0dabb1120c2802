import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { planWithLines } from './plan-kit';

type Person = Awaited<ReturnType<typeof signUp>>;

describe('plan: public review (annotations on a published version)', () => {
  let t: TestApp;
  let official: Person;
  let resident: Person;

  beforeAll(async () => {
    t = await startTestApp();
    official = await signUpAs(t, 'official');
    resident = await signUp(t, { displayName: 'Laia Ferrer' });
  });
  afterAll(() => t.close());

  it('participants annotate only a version open for review; officials answer; annotations are contributions with a fate', async () => {
    const consultation = await publishedConsultation(official.client);
    const { plan, action } = await planWithLines(official.client, consultation.id);
    await official.client.post(`/api/plans/${plan.id}/versions`, { name: { fr: 'Pour consultation' } }).expect(201);
    const paragraph = action.content.paragraphs[0];
    const annotation = {
      sectionId: action.id,
      paragraphId: paragraph.id,
      language: 'fr',
      kind: 'comment',
      quote: 'la voix',
      quoteStart: 10,
      body: 'Et la voix des habitants ? <script>alert(1)</script>',
    };

    // Not published yet: invisible to participants.
    await resident.client.post(`/api/plans/${plan.id}/versions/1/annotations`, annotation).expect(404);
    await official.client.post(`/api/plans/${plan.id}/versions/1/review`, { open: true }).expect(200);
    await (await t.client()).post(`/api/plans/${plan.id}/versions/1/annotations`, annotation).expect(401);
    await resident.client.post(`/api/plans/${plan.id}/versions/1/annotations`, { ...annotation, paragraphId: action.id }).expect(422);
    await resident.client.post(`/api/plans/${plan.id}/versions/1/annotations`, { ...annotation, kind: 'amendment' }).expect(422);

    const created = (await resident.client.post(`/api/plans/${plan.id}/versions/1/annotations`, annotation).expect(201)).body;
    expect(created).toMatchObject({ quote: 'la voix', author: 'Laia Ferrer', mine: true, status: 'open' });
    expect(created.bodyHtml).not.toContain('<script');
    const amendment = (
      await resident.client
        .post(`/api/plans/${plan.id}/versions/1/annotations`, {
          ...annotation,
          kind: 'amendment',
          quote: '',
          quoteStart: null,
          body: 'Plus précis.',
          proposedText: 'Porter la voix de la métropole et de ses habitants.',
        })
        .expect(201)
    ).body;
    expect(amendment.proposedText).toContain('habitants');

    // Anyone reads the annotations of a published version.
    const list = (await (await t.client()).get(`/api/plans/${plan.slug}/versions/1/annotations?sectionId=${action.id}`).expect(200)).body;
    expect(list.items.map((a: any) => a.id)).toEqual([created.id, amendment.id]);
    expect(list.items[0].mine).toBe(false);

    // Answers: officials only.
    await resident.client
      .post(`/api/plans/${plan.id}/annotations/${created.id}/answer`, { status: 'answered', answer: 'Merci' })
      .expect(403);
    const answered = (
      await official.client
        .post(`/api/plans/${plan.id}/annotations/${created.id}/answer`, {
          status: 'accepted',
          answer: 'Oui : ajouté à la version suivante.',
        })
        .expect(200)
    ).body;
    expect(answered).toMatchObject({ status: 'accepted', answeredBy: expect.any(String) });
    expect(answered.answerHtml).toContain('ajouté');

    // The annotation is a contribution of the consultation, and shows its answer as its fate.
    const fates = (await resident.client.get('/api/contribution-fates/mine').expect(200)).body.items;
    const fate = fates.find((f: any) => f.source === 'plan_annotation' && f.text.startsWith('Et la voix'));
    expect(fate).toMatchObject({
      stage: 'answered',
      answer: { status: 'accepted', text: 'Oui : ajouté à la version suivante.' },
      consultation: { id: consultation.id },
    });

    // Closed review: read only.
    await official.client.post(`/api/plans/${plan.id}/versions/1/review`, { open: false }).expect(200);
    await resident.client.post(`/api/plans/${plan.id}/versions/1/annotations`, annotation).expect(403);
    expect((await resident.client.get(`/api/plans/${plan.id}/versions/1/annotations`).expect(200)).body.items).toHaveLength(2);
  });
});
