import type { TestApp } from '../../../test-support/test-app';
import { appWithOfficialAndResident, signUp, signUpAs, type SignedUpPerson as Person } from '../../../test-support/fixtures';
import { buildQuestionnaire, consultationBody, fullAnswers, questionnaireBody } from './questionnaire-fixtures';

describe('questionnaire builder', () => {
  let t: TestApp;
  let official: Person;
  let resident: Person;
  appWithOfficialAndResident({}, (cast) => ({ t, official, resident } = cast));

  it('an official builds a questionnaire with every question type in the consultation languages', async () => {
    const { consultation, questionnaire } = await buildQuestionnaire(t, official, false);
    expect(questionnaire.version).toBe(1);
    expect(questionnaire.sections).toHaveLength(2);
    const types = questionnaire.sections.flatMap((s) => s.questions.map((q) => q.type));
    expect(types).toEqual(['single_choice', 'multiple_choice', 'scale', 'ranking', 'short_text', 'long_text', 'country']);
    const got = (await official.client.get(`/api/consultations/${consultation.slug}/questionnaire`).expect(200)).body;
    expect(got.sections[0].questions[2].scale).toEqual({
      min: 1,
      max: 5,
      minLabel: { fr: 'Faible', es: 'Baja' },
      maxLabel: { fr: 'Forte', es: 'Alta' },
    });
    expect(got.can).toEqual({ edit: true, answer: true, seeResults: true });
    expect(got.open).toBe(false); // still a draft
  });

  it('refuses a text missing in one of the consultation languages, and malformed questions, with field paths', async () => {
    const c = (await official.client.post('/api/consultations', consultationBody()).expect(201)).body;
    const body = questionnaireBody();
    body.sections[0].questions[0].prompt = { fr: 'Seulement en français' } as never;
    (body.sections[0].questions[1] as { options: { label: object }[] }).options[2].label = { fr: 'Amérique latine', es: ' ' };
    let res = await official.client.put(`/api/consultations/${c.id}/questionnaire`, body).expect(422);
    expect(res.body.error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual(
      expect.arrayContaining([
        'sections.0.questions.0.prompt.es:translation_missing',
        'sections.0.questions.1.options.2.label.es:translation_missing',
      ]),
    );
    const bad = questionnaireBody();
    (bad.sections[0].questions[0] as { options: object[] }).options = [{ key: 'only', label: { fr: 'Seule', es: 'Sola' } }];
    (bad.sections[0].questions[1] as { maxChoices: number }).maxChoices = 9;
    res = await official.client.put(`/api/consultations/${c.id}/questionnaire`, bad).expect(422);
    expect(res.body.error.fields.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual(
      expect.arrayContaining(['sections.0.questions.0.options:too_few_options', 'sections.0.questions.1.maxChoices:invalid']),
    );
    expect(res.body.error.fields[0].message).toBeTruthy();
  });

  it.each([
    ['anonymous', 401],
    ['participant', 403],
    ['facilitator', 403],
    ['admin', 200],
    ['official', 200],
  ] as const)('%s saving the structure gets %i', async (role, status) => {
    const c = (await official.client.post('/api/consultations', consultationBody()).expect(201)).body;
    let client;
    if (role === 'anonymous') client = await t.client();
    else if (role === 'facilitator') {
      const person = await signUp(t);
      await official.client.put(`/api/consultations/${c.id}/facilitators`, { userIds: [person.id] }).expect(200);
      client = person.client;
    } else client = role === 'official' ? official.client : (await signUpAs(t, role)).client;
    await client.put(`/api/consultations/${c.id}/questionnaire`, questionnaireBody()).expect(status);
  });

  it('hides a draft consultation’s questionnaire from participants; shows a published one', async () => {
    const draft = await buildQuestionnaire(t, official, false);
    await resident.client.get(`/api/consultations/${draft.consultation.id}/questionnaire`).expect(404);
    const published = await buildQuestionnaire(t, official, true);
    const seen = (await (await t.client()).get(`/api/consultations/${published.consultation.slug}/questionnaire`).expect(200)).body;
    expect(seen.can).toEqual({ edit: false, answer: false, seeResults: false });
    expect(seen.open).toBe(true);
    expect(seen.sections[0].questions[0].answered).toBe(0);
  });

  it('keeps answers safe: an answered question cannot be deleted, change type or lose an answered option; others can', async () => {
    const { consultation, questionnaire, q } = await buildQuestionnaire(t, official);
    await resident.client
      .put(`/api/consultations/${consultation.id}/questionnaire/response`, {
        answers: fullAnswers(q, { [q.multiple]: null }),
        submit: true,
      })
      .expect(200);
    const withIds = () => {
      const body = questionnaireBody() as any;
      body.version = 1;
      questionnaire.sections.forEach((s, i) => {
        body.sections[i].id = s.id;
        s.questions.forEach((question, j) => (body.sections[i].questions[j].id = question.id));
      });
      return body;
    };
    // Deleting the answered short-text question is refused.
    let body = withIds();
    body.sections[1].questions.splice(0, 1);
    let res = await official.client.put(`/api/consultations/${consultation.id}/questionnaire`, body).expect(409);
    expect(res.body.error.code).toBe('questionnaires.question_answered');
    expect(res.body.error.fields).toEqual([expect.objectContaining({ path: `questions.${q.short}`, code: 'question_answered' })]);
    // Removing the chosen option 'funds' or changing the scale's range is refused.
    body = withIds();
    body.sections[0].questions[0].options.splice(1, 1);
    body.sections[0].questions[2].scale.max = 10;
    res = await official.client.put(`/api/consultations/${consultation.id}/questionnaire`, body).expect(409);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'sections.0.questions.0.options',
      'sections.0.questions.2.scale',
    ]);
    // The unanswered multiple-choice question may go; labels may change; an unchosen option may go.
    body = withIds();
    body.sections[0].questions.splice(1, 1);
    body.sections[0].questions[0].options.splice(2, 1);
    body.sections[0].questions[0].prompt.fr = 'Quelle ligne stratégique est prioritaire ?';
    const saved = (await official.client.put(`/api/consultations/${consultation.id}/questionnaire`, body).expect(200)).body;
    expect(saved.version).toBe(2);
    expect(saved.sections[0].questions.map((x: { id: string }) => x.id)).toEqual([q.single, q.scale, q.ranking]);
    expect(saved.sections[0].questions[0].answered).toBe(1);
    // The answer is still there for its author.
    const mine = (await resident.client.get(`/api/consultations/${consultation.id}/questionnaire/response`).expect(200)).body.response;
    expect(mine.answers[q.single]).toBe('funds');
    // A stale builder (old version) gets a conflict instead of overwriting.
    await official.client.put(`/api/consultations/${consultation.id}/questionnaire`, withIds()).expect(409);
  });

  it('refuses editing the structure once the consultation is closed', async () => {
    const { consultation } = await buildQuestionnaire(t, official);
    await official.client.post(`/api/consultations/${consultation.id}/status`, { status: 'closed' }).expect(200);
    const res = await official.client.put(`/api/consultations/${consultation.id}/questionnaire`, questionnaireBody()).expect(409);
    expect(res.body.error.code).toBe('consultations.closed');
  });
});
