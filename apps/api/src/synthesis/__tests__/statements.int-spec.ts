import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpinionMap, Statement } from '@polyphony/contracts';
import { polisReport } from '@polyphony/synthesis';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { person, type Person } from '../../rooms/__tests__/room-test-kit';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { seedContributions } from './synthesis-kit';

const POLIS = join(__dirname, '../../../../../test/fixtures/synthesis/polis-demo');
const polisFile = (name: string) => readFileSync(join(POLIS, name), 'utf8');

describe('statements, votes, opinion map and Polis import', () => {
  let t: TestApp;
  let official: Person;
  let facilitator: Person;
  let participant: Person;
  let other: Person;
  let consultationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    official = await person(t, 'official', 'official');
    facilitator = await person(t, 'participant', 'academia');
    participant = await person(t, 'participant', 'resident');
    other = await person(t, 'participant', 'diaspora');
    consultationId = (await publishedConsultation(official.client)).id;
    await official.client.put(`/api/consultations/${consultationId}/facilitators`, { userIds: [facilitator.id] }).expect(200);
  });
  afterAll(() => t.close());

  let statement: Statement;

  it('officials write statements and facilitators promote contributions; participants cannot', async () => {
    statement = (
      await official.client
        .post(`/api/consultations/${consultationId}/statements`, {
          text: 'La métropole doit publier chaque année le bilan de son action internationale.',
        })
        .expect(201)
    ).body;
    expect(statement).toMatchObject({ origin: 'official', language: 'fr', agree: 0, myVote: null, hidden: false });
    const [contributionId] = await seedContributions(t, consultationId, 3);
    const promoted = (await facilitator.client.post(`/api/consultations/${consultationId}/statements`, { contributionId }).expect(201))
      .body;
    expect(promoted).toMatchObject({ origin: 'contribution', contributionId });
    await participant.client
      .post(`/api/consultations/${consultationId}/statements`, { text: 'Je propose moi-même un énoncé.' })
      .expect(403);
    await official.client.post(`/api/consultations/${consultationId}/statements`, { text: 'x', contributionId }).expect(422);
  });

  it('gives one card at a time and counts one vote per person, changeable', async () => {
    const next = (await participant.client.get(`/api/consultations/${consultationId}/statements/next`).expect(200)).body;
    expect(next).toMatchObject({ statement: { id: statement.id }, total: 2, voted: 0, canVote: true });
    await participant.client.put(`/api/statements/${statement.id}/vote`, { vote: 'agree' }).expect(200);
    const changed = (await participant.client.put(`/api/statements/${statement.id}/vote`, { vote: 'disagree' }).expect(200)).body;
    expect(changed).toMatchObject({ agree: 0, disagree: 1, pass: 0, myVote: 'disagree' });
    const after = (await participant.client.get(`/api/consultations/${consultationId}/statements/next`).expect(200)).body;
    expect(after).toMatchObject({ total: 2, voted: 1 });
    expect(after.statement.id).not.toBe(statement.id);
    await participant.client.put(`/api/statements/${statement.id}/vote`, { vote: 'maybe' }).expect(422);
    // Voting counts in the stakeholder balance, once.
    const [p] = await t.db.query(`SELECT other_inputs FROM consultation_participants WHERE consultation_id = $1 AND participant_key = $2`, [
      consultationId,
      `u:${participant.id}`,
    ]);
    expect(p.other_inputs).toBe(1);
  });

  it('keeps counters exact when the same person votes many times at once', async () => {
    const choices = ['agree', 'disagree', 'pass', 'agree', 'pass', 'disagree', 'agree', 'agree'] as const;
    await Promise.all(choices.map((vote) => other.client.put(`/api/statements/${statement.id}/vote`, { vote }).expect(200)));
    const [row] = await t.db.query(`SELECT agree, disagree, pass FROM synthesis_statements WHERE id = $1`, [statement.id]);
    const [votes] = await t.db.query(
      `SELECT count(*) FILTER (WHERE vote = 1)::int AS agree, count(*) FILTER (WHERE vote = -1)::int AS disagree, count(*) FILTER (WHERE vote = 0)::int AS pass FROM synthesis_votes WHERE statement_id = $1`,
      [statement.id],
    );
    expect(row).toEqual(votes);
    expect(row.agree + row.disagree + row.pass).toBe(2);
  });

  it('lets officials hide a statement: out of the cards and lists for participants; others cannot hide', async () => {
    await facilitator.client.put(`/api/statements/${statement.id}/hidden`, { hidden: true }).expect(403);
    await participant.client.put(`/api/statements/${statement.id}/hidden`, { hidden: true }).expect(403);
    await official.client.put(`/api/statements/${statement.id}/hidden`, { hidden: true }).expect(200);
    const list = (await participant.client.get(`/api/consultations/${consultationId}/statements`).expect(200)).body;
    expect(list.items.map((s: Statement) => s.id)).not.toContain(statement.id);
    const staff = (await official.client.get(`/api/consultations/${consultationId}/statements`).expect(200)).body;
    expect(staff.items.find((s: Statement) => s.id === statement.id)).toMatchObject({ hidden: true });
    await participant.client.put(`/api/statements/${statement.id}/vote`, { vote: 'agree' }).expect(404);
    await official.client.put(`/api/statements/${statement.id}/hidden`, { hidden: false }).expect(200);
  });

  it('imports a Polis export (officials only) and draws the opinion map with its planted groups', async () => {
    await participant.client
      .post(`/api/consultations/${consultationId}/polis-import`, { participantsVotes: polisFile('participants-votes.csv') })
      .expect(403);
    await official.client
      .post(`/api/consultations/${consultationId}/polis-import`, { comments: 'not,a\npolis,file', votes: 'x' })
      .expect(422);
    const room = await publishedConsultation(official.client);
    const imported = (
      await official.client
        .post(`/api/consultations/${room.id}/polis-import`, { comments: polisFile('comments.csv'), votes: polisFile('votes.csv') })
        .expect(201)
    ).body;
    expect(imported).toMatchObject({ format: 'votes.csv' });
    expect(imported.votes).toBeGreaterThan(100);
    const map: OpinionMap = (await participant.client.get(`/api/consultations/${room.id}/opinion-map`).expect(200)).body;
    // The same groups as the library's Polis report (`npm run synth -- polis <dir>`) for these files.
    const report = polisReport({ comments: polisFile('comments.csv'), votes: polisFile('votes.csv') });
    expect(map.ready).toBe(true);
    expect(map.groups.length).toBe(Object.keys(JSON.parse(polisFile('planted.json')).groups).length);
    expect(map.groups.map((g) => g.size)).toEqual(report.groups.map((g) => g.size));
    expect(map.participants).toBe(report.participants);
    expect(map.points.length).toBe(map.participants);
    expect(map.groups[0].representative[0].text.length).toBeGreaterThan(5);
    // Each statement carries its stored language, so readers of another one get it marked in translation.
    const [stored] = await t.db.query(`SELECT language FROM synthesis_statements WHERE id = $1`, [
      map.groups[0].representative[0].statementId,
    ]);
    expect(map.groups[0].representative[0].language).toBe(stored.language);
    // The map is cached until a vote changes, and follows a new vote.
    const again: OpinionMap = (await participant.client.get(`/api/consultations/${room.id}/opinion-map`).expect(200)).body;
    expect(again).toEqual(map);
  });

  it('shows each group its stakeholder make-up from the voters’ categories, and marks the viewer', async () => {
    const c = (await publishedConsultation(official.client)).id;
    const ids: string[] = [];
    for (let i = 0; i < 8; i++)
      ids.push(
        (
          await official.client
            .post(`/api/consultations/${c}/statements`, { text: `Énoncé numéro ${i} sur la coopération internationale` })
            .expect(201)
        ).body.id,
      );
    const voters = [participant, other, facilitator, official];
    const more = await Promise.all(Array.from({ length: 8 }, (_, i) => person(t, 'participant', i % 2 ? 'academia' : 'diaspora')));
    const everyone = [...voters, ...more];
    for (const [n, voter] of everyone.entries()) {
      const camp = n % 2 ? 1 : -1;
      for (const [j, id] of ids.entries()) {
        await voter.client.put(`/api/statements/${id}/vote`, { vote: (j % 2 ? camp : -camp) > 0 ? 'agree' : 'disagree' }).expect(200);
      }
    }
    const map: OpinionMap = (await participant.client.get(`/api/consultations/${c}/opinion-map`).expect(200)).body;
    expect(map.ready).toBe(true);
    expect(map.groups.map((g) => g.size).sort()).toEqual([6, 6]);
    const categories = map.groups.flatMap((g) => Object.keys(g.byCategory));
    expect(categories).toEqual(expect.arrayContaining(['resident', 'diaspora', 'academia']));
    expect(map.points.filter((p) => p.me)).toHaveLength(1);
  });

  it('refuses votes when the consultation is not open and statements of unseen consultations', async () => {
    const c = (
      await official.client
        .post('/api/consultations', { title: { fr: 'Brouillon' }, summary: { fr: 'Brouillon' }, languages: ['fr'] })
        .expect(201)
    ).body.id;
    const s = (await official.client.post(`/api/consultations/${c}/statements`, { text: 'Un énoncé dans un brouillon' }).expect(201)).body;
    await participant.client.put(`/api/statements/${s.id}/vote`, { vote: 'agree' }).expect(404);
    await official.client
      .put(`/api/statements/${s.id}/vote`, { vote: 'agree' })
      .expect(409)
      .expect((r) => expect(r.body.error.code).toBe('synthesis.voting_closed'));
    const anonymous = await t.client();
    await anonymous.put(`/api/statements/${s.id}/vote`, { vote: 'agree' }).expect(401);
  });
});
