import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { ContributionEntity } from '../../contributions/contribution.entity';
import { ContributionsService } from '../../contributions/contributions.service';
import { recountTallies } from '../tallies-recount';
import { buildQuestionnaire, fullAnswers, type Built } from './questionnaire-fixtures';

const fieldsOf = (res: { body: { error: { fields: { path: string; code: string }[] } } }) =>
  res.body.error.fields.map((f) => `${f.path}:${f.code}`);

describe('answering a questionnaire', () => {
  let t: TestApp;
  let official: Awaited<ReturnType<typeof signUpAs>>;
  let built: Built;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp();
    official = await signUpAs(t, 'official');
    built = await buildQuestionnaire(t, official);
    url = `/api/consultations/${built.consultation.id}/questionnaire/response`;
  });
  afterAll(() => t.close());

  it('saves an incomplete draft, then submits; the answers come back as given', async () => {
    const resident = await signUp(t, { preferredLanguage: 'es' });
    expect((await resident.client.get(url).expect(200)).body.response).toBeNull();
    const draft = (await resident.client.put(url, { answers: { [built.q.single]: 'eu' }, submit: false }).expect(200)).body;
    expect(draft).toMatchObject({ status: 'draft', answers: { [built.q.single]: 'eu' }, submittedAt: null, editable: true });
    const submitted = (await resident.client.put(url, { answers: fullAnswers(built.q), submit: true }).expect(200)).body;
    expect(submitted.status).toBe('submitted');
    expect(submitted.answers).toEqual({ ...fullAnswers(built.q), [built.q.country]: 'SN' });
    expect((await resident.client.get(url).expect(200)).body.response.answers[built.q.ranking]).toEqual([
      'uclg',
      'metropolis',
      'eurocities',
    ]);
    // A draft cannot replace submitted answers: a submission updates them.
    const again = await resident.client.put(url, { answers: {}, submit: false }).expect(409);
    expect(again.body.error.code).toBe('questionnaires.already_submitted');
  });

  it('a first submission without a draft is one statement after the session and the consultation: the same answers, counters and balance as any other', async () => {
    const resident = await signUp(t, { category: 'diaspora', country: 'SN' });
    await t.queries.measure(() => resident.client.get(url).expect(200)); // questions cached
    const { result, queries } = await t.queries.measure(() =>
      resident.client.put(url, { answers: fullAnswers(built.q), submit: true }).expect(200),
    );
    expect(queries).toBeLessThanOrEqual(3);
    expect(result.body).toMatchObject({
      status: 'submitted',
      answers: { ...fullAnswers(built.q), [built.q.country]: 'SN' },
      editable: true,
    });
    const [row] = await t.db.query(
      `SELECT contributions, other_inputs, category FROM consultation_participants WHERE consultation_id = $1 AND participant_key = $2`,
      [built.consultation.id, `u:${resident.id}`],
    );
    const [texts] = await t.db.query(
      `SELECT count(*)::int AS n FROM contributions WHERE author_user_id = $1 AND source = 'questionnaire_answer'`,
      [resident.id],
    );
    expect(row).toEqual({ contributions: texts.n, other_inputs: 1, category: 'diaspora' });
    expect(texts.n).toBeGreaterThan(0);
  });

  it.each([
    ['a wrong type', { single: ['eu'] }, 'single', 'invalid_type'],
    ['an unknown option', { single: 'mars' }, 'single', 'invalid_option'],
    ['too many choices', { multiple: ['europe', 'med', 'latam'] }, 'multiple', 'too_many_choices'],
    ['an incomplete ranking', { ranking: ['uclg', 'metropolis'] }, 'ranking', 'ranking_incomplete'],
    ['a ranking repeating an option', { ranking: ['uclg', 'uclg', 'metropolis'] }, 'ranking', 'ranking_incomplete'],
    ['a scale value out of range', { scale: 6 }, 'scale', 'out_of_range'],
    ['a scale value that is not a whole number', { scale: 2.5 }, 'scale', 'invalid_type'],
    ['an unknown country', { country: 'XX' }, 'country', 'invalid_country'],
  ] as const)('refuses %s with a translated message on answers.<questionId>', async (_name, override, key, code) => {
    const resident = await signUp(t);
    const mapped = Object.fromEntries(Object.entries(override).map(([k, v]) => [built.q[k as keyof Built['q']], v]));
    for (const submit of [false, true]) {
      const res = await resident.client.put(url, { answers: fullAnswers(built.q, mapped), submit }).expect(422);
      expect(fieldsOf(res)).toEqual([`answers.${built.q[key]}:${code}`]);
    }
    expect((await resident.client.get(url).expect(200)).body.response).toBeNull(); // nothing half-written
  });

  it('requires required questions on submit only, with messages in the reader’s language', async () => {
    const resident = await signUp(t);
    await resident.client.put(url, { answers: { [built.q.short]: 'Lyon' }, submit: false }).expect(200);
    const res = await resident.client.agent
      .put(url)
      .set('X-CSRF-Token', (resident.client as any).csrf)
      .set('Accept-Language', 'es')
      .send({ answers: { [built.q.short]: 'Lyon' }, submit: true })
      .expect(422);
    expect(fieldsOf(res)).toEqual([`answers.${built.q.single}:required`, `answers.${built.q.scale}:required`]);
    expect(res.body.error.fields[0].message).toBe('Este campo es obligatorio.');
    const unknown = await resident.client
      .put(url, { answers: { ...fullAnswers(built.q), 'c6a2f1a4-1111-4a4a-9a9a-000000000000': 'x' }, submit: true })
      .expect(422);
    expect(fieldsOf(unknown)).toEqual(['answers.c6a2f1a4-1111-4a4a-9a9a-000000000000:unknown_field']);
  });

  it('anonymous visitors cannot answer', async () => {
    await (await t.client()).put(url, { answers: fullAnswers(built.q), submit: true }).expect(401);
  });

  it('turns free-text answers into contributions with the respondent’s category and country, in step with edits', async () => {
    const academic = await signUpAs(t, 'participant', 'academia');
    await t.db.query(`UPDATE users SET country = 'FR' WHERE id = $1`, [academic.id]);
    await academic.client.put(url, { answers: fullAnswers(built.q), submit: true }).expect(200);
    const contributions = () =>
      t.db.getRepository(ContributionEntity).find({ where: { authorUserId: academic.id }, order: { text: 'ASC' } });
    let mine = await contributions();
    expect(mine.map((c) => [c.source, c.text, c.category, c.country, c.consultationId])).toEqual([
      ['questionnaire_answer', 'Montevideo', 'academia', 'FR', built.consultation.id],
      ['questionnaire_answer', 'Renforcer la coopération décentralisée avec Dakar et Maputo.', 'academia', 'FR', built.consultation.id],
    ]);
    expect(mine[1].language).toBe('fr');
    const [answer] = await t.db.query(
      `SELECT id FROM questionnaire_answers WHERE question_id = $1 AND text_value = 'Montevideo' AND respondent_category = 'academia'`,
      [built.q.short],
    );
    expect(mine[0].sourceRef).toBe(answer.id);
    // Editing one text and blanking the other: one contribution updated (same ref), one removed.
    await academic.client
      .put(url, { answers: fullAnswers(built.q, { [built.q.short]: 'Medellín', [built.q.long]: '   ' }), submit: true })
      .expect(200);
    mine = await contributions();
    expect(mine.map((c) => [c.text, c.sourceRef])).toEqual([['Medellín', answer.id]]);
  });

  it('a double submit racing itself leaves one consistent response and counters', async () => {
    const resident = await signUp(t);
    const a = fullAnswers(built.q, { [built.q.single]: 'eu' });
    const b = fullAnswers(built.q, { [built.q.single]: 'coop', [built.q.short]: null });
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => resident.client.put(url, { answers: i % 2 ? b : a, submit: true })));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM questionnaire_responses WHERE user_id = $1`, [resident.id]);
    expect(n).toBe(1);
    const final = (await resident.client.get(url).expect(200)).body.response.answers;
    expect([a[built.q.single], b[built.q.single]]).toContain(final[built.q.single]);
    // Counters agree with the answers (recounted from scratch).
    const [row] = await t.db.query(
      `SELECT (SELECT coalesce(sum(count), 0)::int FROM questionnaire_tallies WHERE questionnaire_id = $1 AND subject = '*') AS respondents,
              (SELECT count(*)::int FROM questionnaire_responses WHERE questionnaire_id = $1 AND status = 'submitted') AS submitted`,
      [built.questionnaire.id],
    );
    expect(row.respondents).toBe(row.submitted);
    const snapshot = () =>
      t.db.query(
        `SELECT subject, item, category, country, shard, count FROM questionnaire_tallies WHERE questionnaire_id = $1 AND count <> 0 ORDER BY 1, 2, 3, 4, 5`,
        [built.questionnaire.id],
      );
    const incremental = await snapshot();
    await recountTallies(t.db.manager, built.questionnaire.id);
    expect(await snapshot()).toEqual(incremental);
    const [texts] = await t.db.query(
      `SELECT count(*)::int AS n FROM contributions c JOIN questionnaire_answers a ON a.id::text = c.source_ref WHERE c.author_user_id = $1`,
      [resident.id],
    );
    const [answersWithText] = await t.db.query(
      `SELECT count(*)::int AS n FROM questionnaire_answers a JOIN questionnaire_responses r ON r.id = a.response_id WHERE r.user_id = $1 AND a.text_value IS NOT NULL`,
      [resident.id],
    );
    expect(texts.n).toBe(answersWithText.n);
    // The balance aggregate agrees with a rebuild from the contributions and participations.
    const balance = () =>
      t.db.query(
        `SELECT participant_key, category, country, contributions, other_inputs FROM consultation_participants WHERE consultation_id = $1 ORDER BY 1`,
        [built.consultation.id],
      );
    const maintained = await balance();
    await t.db.transaction((m) => t.app.get(ContributionsService).rebuildParticipants(m, built.consultation.id));
    expect(await balance()).toEqual(maintained);
    expect(maintained.find((p: { participant_key: string }) => p.participant_key === `u:${resident.id}`)).toMatchObject({
      other_inputs: 1,
    });
  });

  it('refuses answers once the consultation is closed (409 consultations.closed), and after its consultation phase ended', async () => {
    const resident = await signUp(t);
    const closing = await buildQuestionnaire(t, official);
    const closingUrl = `/api/consultations/${closing.consultation.id}/questionnaire/response`;
    await resident.client.put(closingUrl, { answers: fullAnswers(closing.q), submit: true }).expect(200);
    await official.client.post(`/api/consultations/${closing.consultation.id}/status`, { status: 'closed' }).expect(200);
    const res = await resident.client
      .put(closingUrl, { answers: fullAnswers(closing.q, { [closing.q.scale]: 1 }), submit: true })
      .expect(409);
    expect(res.body.error.code).toBe('consultations.closed');
    expect((await resident.client.get(closingUrl).expect(200)).body.response).toMatchObject({
      status: 'submitted',
      editable: false,
      answers: { [closing.q.scale]: 4 },
    });

    const ended = await buildQuestionnaire(t, official, true, {
      phases: [{ kind: 'consultation', startsOn: '2020-01-01', endsOn: '2020-12-31' }],
    });
    const endedRes = await resident.client
      .put(`/api/consultations/${ended.consultation.id}/questionnaire/response`, { answers: {}, submit: false })
      .expect(409);
    expect(endedRes.body.error.code).toBe('consultations.closed');
    expect((await resident.client.get(`/api/consultations/${ended.consultation.id}/questionnaire`).expect(200)).body.open).toBe(false);
  });
});
