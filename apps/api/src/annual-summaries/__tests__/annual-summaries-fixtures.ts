import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import type { ApiClient } from '../../../test-support/api-client';
import { signUp, signUpAs, type SignedUpPerson } from '../../../test-support/fixtures';
import { planWithLines } from '../../plan/__tests__/plan-kit';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { ContributionsService } from '../../contributions/contributions.service';

export const YEAR = new Date().getUTCFullYear();
export const PREVIOUS = YEAR - 1;
export const at = (year: number, month: number, day = 15) => new Date(Date.UTC(year, month - 1, day, 10));

/** The app, its people and the plan whose years the summaries speak of, with a contribution writer for more data. */
export interface SummaryYears {
  t: TestApp;
  official: SignedUpPerson;
  admin: SignedUpPerson;
  participant: SignedUpPerson;
  /** A civil society person facilitating the plan's consultation. */
  facilitator: SignedUpPerson;
  anonymous: ApiClient;
  plan: { id: string; slug: string };
  /** 23 contributors (residents in the users table). */
  people: string[];
  contribute: Contribute;
}

type Contribute = (
  authorUserId: string | null,
  createdAt: Date,
  source?: string,
  category?: string,
  country?: string | null,
  authorLabel?: string | null,
) => Promise<string>;

/**
 * Starts the app before the file's tests with a territory, an adopted plan (its action tracked, its indicator
 * measured), and this year's and the previous year's data: contributions, participations, interviews, proposals,
 * rooms, a partner; hands it all to `take`, and closes the app after the tests.
 */
export function appWithSummaryYears(take: (years: SummaryYears) => void) {
  let t: TestApp | undefined;
  beforeAll(async () => {
    // Apertium (installed by .ci/run): the PDF of a language a narrative lacks prints it machine translated.
    t = await startTestApp({ TRANSLATION_ENGINE: 'apertium' });
    take(await seedSummaryYears(t));
  });
  afterAll(() => t?.close());
}

async function seedSummaryYears(t: TestApp): Promise<SummaryYears> {
  let consultationId = '';
  const people: string[] = [];

  /** A contribution by a person, dated, through the one door features use. */
  const contribute: Contribute = async (
    authorUserId: string | null,
    createdAt: Date,
    source = 'questionnaire_answer',
    category = 'resident',
    country = 'ES',
    authorLabel = null,
  ) => {
    const sourceRef = randomUUID();
    await t.db.transaction((manager) =>
      new ContributionsService().record(manager, {
        source: source as any,
        sourceRef,
        consultationId,
        text: 'Plus de coopération méditerranéenne, s’il vous plaît.',
        category: category as any,
        country,
        authorUserId,
        authorLabel,
        createdAt,
      }),
    );
    return sourceRef;
  };

  const official = await signUpAs(t, 'official');
  const admin = await signUpAs(t, 'admin');
  const participant = await signUp(t);
  const facilitator = await signUp(t, { category: 'civil_society' });
  const anonymous = await t.client('es');
  await t.db.query(
    `INSERT INTO territories (slug, name, country) VALUES ('amb', '{"fr":"Aire métropolitaine de Barcelone","es":"Área Metropolitana de Barcelona","ca":"Àrea Metropolitana de Barcelona","en":"Barcelona Metropolitan Area"}', 'ES')`,
  );
  const consultation = await publishedConsultation(official.client);
  consultationId = consultation.id;
  await official.client.put(`/api/consultations/${consultationId}/facilitators`, { userIds: [facilitator.id] }).expect(200);
  const made = await planWithLines(official.client, consultationId);
  const plan = made.plan;
  await t.db.query(`UPDATE plans SET status = 'adopted' WHERE id = $1`, [plan.id]);
  const monitoring = (await official.client.get(`/api/accountability/plans/${plan.slug}`).expect(200)).body;
  const indicatorId = monitoring.indicators[0].id;
  await official.client
    .put(`/api/accountability/actions/${made.action.id}`, {
      status: 'in_progress',
      progress: 40,
      budgetLines: [{ line: { fr: 'Missions' }, planned: 10000, spent: 2500 }],
    })
    .expect(200);
  // Measurements: one in the previous year (off track by then), one this year; one next year must be ignored.
  for (const [measuredOn, value] of [
    [`${PREVIOUS}-06-30`, 0],
    [`${YEAR}-01-10`, 1],
    [`${YEAR + 1}-06-30`, 7],
  ] as const)
    await t.db.query(`INSERT INTO indicator_measurements (indicator_id, measured_on, value) VALUES ($1, $2, $3)`, [
      indicatorId,
      measuredOn,
      value,
    ]);

  // This year: 12 residents (one of them twice), 6 academics from France, 5 diaspora from Senegal, one named institution (a small cell).
  // Contributors only need to exist (registering 23 people through the API would hit its rate limit).
  const rows = await t.db.query(
    `INSERT INTO users (email, display_name, preferred_language, category, country, role, privacy_consent_at)
     SELECT 'summary-' || g || '-' || $1 || '@example.org', 'Person ' || g, 'fr', 'resident', 'ES', 'participant', now() FROM generate_series(1, 23) g RETURNING id`,
    [randomUUID()],
  );
  people.push(...rows.map((r: { id: string }) => r.id));
  for (let i = 0; i < 12; i++) await contribute(people[i], at(YEAR, 1 + (i % 10)));
  await contribute(people[0], at(YEAR, 11), 'proposal');
  for (let i = 12; i < 18; i++) await contribute(people[i], at(YEAR, 3), 'interview_key_point', 'academia', 'FR');
  for (let i = 18; i < 23; i++) await contribute(people[i], at(YEAR, 4), 'room_message', 'diaspora', 'SN');
  await contribute(null, at(YEAR, 5), 'interview_key_point', 'public_institution', 'ES', 'Hospital Metropolità');
  // The previous year: 5 residents; and a contribution hidden by moderation this year (not counted).
  for (let i = 0; i < 5; i++) await contribute(people[i], at(PREVIOUS, 6));
  const hidden = await contribute(people[1], at(YEAR, 2));
  await t.db.query(`UPDATE contributions SET hidden_at = now() WHERE source_ref = $1`, [hidden]);
  await t.db.query(
    `INSERT INTO participations (consultation_id, source, source_ref, participant_key, category, country, created_at) VALUES ($1, 'questionnaire_response', 'r1', $2, 'resident', 'ES', $3)`,
    [consultationId, `u:${people[0]}`, at(YEAR, 2)],
  );

  // Interviews (two held this year, one planned), proposals, rooms.
  const interview = async (status: string, kind: string, when: Date) =>
    (
      await t.db.query(
        `INSERT INTO interviews (consultation_id, kind, format, status, scheduled_at) VALUES ($1, $2, 'in_person', $3, $4) RETURNING id`,
        [consultationId, kind, status, when],
      )
    )[0].id;
  const i1 = await interview('held', 'interview', at(YEAR, 3));
  const i2 = await interview('held', 'meeting', at(YEAR, 4));
  await interview('planned', 'interview', at(YEAR, 12, 30));
  await t.db.query(
    `INSERT INTO interview_invitees (interview_id, kind, name, attended) VALUES ($1, 'organisation', 'CIDOB', true), ($1, 'organisation', 'Hospital', false), ($2, 'organisation', 'cidob ', true), ($2, 'organisation', 'UB', true)`,
    [i1, i2],
  );
  const proposal = (status: string, submitted: Date | null, changed: Date | null) =>
    t.db.query(
      `INSERT INTO proposals (consultation_id, author_id, author_category, title, body, status, submitted_at, status_changed_at) VALUES ($1, $2, 'resident', 'Idée', 'Texte', $3, $4, $5)`,
      [consultationId, people[0], status, submitted, changed],
    );
  await proposal('submitted', at(YEAR, 2), at(YEAR, 2));
  await proposal('accepted', at(YEAR, 2), at(YEAR, 6));
  await proposal('partially_accepted', at(PREVIOUS, 10), at(YEAR, 1));
  await proposal('draft', null, null);
  await t.db.query(
    `INSERT INTO rooms (consultation_id, title, starts_at, ends_at, status, opened_at) VALUES ($1, '{"fr":"Salon"}', $2, $2, 'closed', $2), ($1, '{"fr":"Futur"}', $2, $2, 'scheduled', NULL)`,
    [consultationId, at(YEAR, 5)],
  );
  await official.client
    .put('/api/accountability/partners', {
      slug: 'tunis',
      name: 'Tunis',
      country: 'TN',
      region: 'mediterranean',
      priority: 'priority',
      kind: 'bilateral',
      latitude: 36.8,
      longitude: 10.18,
      agreements: [{ title: 'Convention', signedOn: `${YEAR}-03-01` }],
    })
    .expect(200);
  return { t, official, admin, participant, facilitator, anonymous, plan, people, contribute };
}
