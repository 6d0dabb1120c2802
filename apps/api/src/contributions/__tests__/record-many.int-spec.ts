import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { UserEntity } from '../../users/user.entity';
import { ContributionsService, type ContributionInput, type ParticipationInput } from '../contributions.service';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';

/** recordMany leaves the same contributions, participations and balance aggregate as record / recordParticipation in turn. */
describe('ContributionsService.recordMany', () => {
  let t: TestApp;
  let contributions: ContributionsService;
  let official: Awaited<ReturnType<typeof signUpAs>>;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    contributions = t.app.get(ContributionsService);
    official = await signUpAs(t, 'official');
    people.aminata = (await signUp(t, { displayName: 'Aminata', category: 'diaspora', country: 'SN' })).id;
    people.jordi = (await signUp(t, { displayName: 'Jordi', category: 'resident', country: 'ES' })).id;
    await t.db.getRepository(UserEntity).update({ id: people.aminata }, { originTerritory: 'Ziguinchor' });
  });
  afterAll(() => t.close());

  /** A script of inputs for one consultation, with refs prefixed so two runs don't share rows. */
  const script = (consultationId: string, p: string) => {
    const at = (day: number) => new Date(Date.UTC(2025, 3, day));
    const c = (ref: string, extra: Partial<ContributionInput>): ContributionInput => ({
      source: 'questionnaire_answer',
      sourceRef: `${p}${ref}`,
      consultationId,
      text: `Texte ${ref} sur la coopération`,
      category: 'resident',
      country: 'ES',
      ...extra,
    });
    const part = (ref: string, extra: Partial<ParticipationInput>): ParticipationInput => ({
      source: 'questionnaire_response',
      sourceRef: `${p}${ref}`,
      consultationId,
      category: 'resident',
      country: 'ES',
      ...extra,
    });
    return {
      first: {
        contributions: [
          c('a', { authorUserId: people.jordi, createdAt: at(3) }),
          c('b', { authorUserId: people.aminata, category: 'diaspora', country: 'SN', createdAt: at(2) }),
          c('c', { authorLabel: 'Federació Veïnal', category: 'civil_society', createdAt: at(5) }),
          c('d', { text: 'anonyme' }),
          c('e', { authorUserId: people.jordi, text: '   ', createdAt: at(1) }),
          c('f', { authorUserId: people.aminata, category: 'diaspora', country: 'FR', originTerritory: 'Dakar', createdAt: at(4) }),
        ],
        participations: [
          part('r1', { authorUserId: people.jordi, createdAt: at(6) }),
          part('r2', { authorLabel: 'Ateneu', category: 'academia', createdAt: at(7) }),
        ],
      },
      second: {
        contributions: [
          // Same author again, a change of author, an emptied text, a new contribution.
          c('a', { authorUserId: people.jordi, text: 'Autre texte', createdAt: at(8) }),
          c('c', { authorUserId: people.jordi, createdAt: at(9) }),
          c('f', { text: '' }),
          c('g', { authorLabel: 'ateneu ', category: 'academia', createdAt: at(10) }),
        ],
        participations: [
          part('r1', { authorUserId: people.jordi, createdAt: at(11) }),
          part('r3', { authorUserId: people.aminata, category: 'diaspora', country: 'SN', createdAt: at(12) }),
        ],
      },
    };
  };

  const state = async (consultationId: string, p: string) => ({
    participants: await t.db.query(
      `SELECT participant_key, category, country, origin_territory, contributions, other_inputs, first_at, last_at FROM consultation_participants WHERE consultation_id = $1 ORDER BY participant_key`,
      [consultationId],
    ),
    contributions: await t.db.query(
      `SELECT substr(source_ref, $2) AS ref, text, language, category, country, author_user_id, author_label, key_point FROM contributions WHERE consultation_id = $1 ORDER BY source_ref`,
      [consultationId, p.length + 1],
    ),
    participations: await t.db.query(
      `SELECT substr(source_ref, $2) AS ref, participant_key, category, country, created_at FROM participations WHERE consultation_id = $1 ORDER BY source_ref`,
      [consultationId, p.length + 1],
    ),
  });

  it('gives the same result as record and recordParticipation one by one', async () => {
    const one = await publishedConsultation(official.client);
    const many = await publishedConsultation(official.client);
    const s1 = script(one.id, 'one-');
    for (const step of [s1.first, s1.second]) {
      await t.db.transaction(async (m) => {
        for (const c of step.contributions) await contributions.record(m, c);
        for (const p of step.participations) await contributions.recordParticipation(m, p);
      });
    }
    const s2 = script(many.id, 'many-');
    for (const step of [s2.first, s2.second]) {
      await t.db.transaction((m) => contributions.recordMany(m, step.contributions, step.participations));
    }
    const a = await state(one.id, 'one-');
    const b = await state(many.id, 'many-');
    expect(b).toEqual(a);
    expect(a.participants.length).toBeGreaterThan(2);
    // And both agree with a rebuild from the rows.
    await t.db.transaction((m) => contributions.rebuildParticipants(m, many.id));
    const rebuilt = await state(many.id, 'many-');
    expect(
      rebuilt.participants.map((r: { participant_key: string; contributions: number; other_inputs: number }) => [
        r.participant_key,
        r.contributions,
        r.other_inputs,
      ]),
    ).toEqual(
      b.participants.map((r: { participant_key: string; contributions: number; other_inputs: number }) => [
        r.participant_key,
        r.contributions,
        r.other_inputs,
      ]),
    );
  });

  it('with fresh rows, skips the lock read', async () => {
    const c = await publishedConsultation(official.client);
    const input: ContributionInput = {
      source: 'questionnaire_answer',
      sourceRef: 'fresh-1',
      consultationId: c.id,
      text: 'Un texte neuf',
      category: 'resident',
      country: 'ES',
      authorUserId: people.jordi,
    };
    const { queries } = await t.queries.measure(() => t.db.transaction((m) => contributions.recordMany(m, [input], [], { fresh: true })));
    expect(queries).toBeLessThanOrEqual(3); // begin, the one statement, commit
    const [row] = await t.db.query(`SELECT contributions, other_inputs FROM consultation_participants WHERE consultation_id = $1`, [c.id]);
    expect(row).toEqual({ contributions: 1, other_inputs: 0 });
  });
});
