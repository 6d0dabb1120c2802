import type { Role, StakeholderCategory } from '@polyphony/contracts';
import { randomBytes } from 'node:crypto';
import { UserEntity } from '../src/users/user.entity';
import type { ApiClient } from './api-client';
import { startTestApp, type TestApp } from './test-app';

export const PASSWORD = 'correct-horse-battery';

let counter = 0;
export const uniqueEmail = (prefix = 'person') => `${prefix}-${++counter}-${randomBytes(3).toString('hex')}@example.org`;

export function registration(overrides: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail(),
    password: PASSWORD,
    displayName: 'Laia Ferrer',
    preferredLanguage: 'ca',
    category: 'resident',
    country: 'ES',
    acceptPrivacy: true,
    ...overrides,
  };
}

/** Registers through the API and returns a signed-in client plus the user's id. */
export async function signUp(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<{ client: ApiClient; id: string; email: string }> {
  const client = await t.client();
  const body = registration(overrides);
  const res = await client.post('/api/auth/register', body).expect(201);
  return { client, id: res.body.id, email: body.email as string };
}

/** A signed-in person with a platform role (roles are granted by admins, so set directly here). */
export async function signUpAs(t: TestApp, role: Role, category: StakeholderCategory = role === 'participant' ? 'resident' : 'official') {
  const person = await signUp(t, { category: category === 'official' ? 'resident' : category });
  await t.db.getRepository(UserEntity).update({ id: person.id }, { role, category });
  return person;
}

export type SignedUpPerson = Awaited<ReturnType<typeof signUp>>;

/**
 * Starts the app on its own database before the file's tests, with a signed-in official and a signed-in
 * resident, hands them to `take`, and closes the app after the tests.
 */
export function appWithOfficialAndResident(
  env: Record<string, string>,
  take: (cast: { t: TestApp; official: SignedUpPerson; resident: SignedUpPerson }) => void,
) {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(env);
    take({ t: app, official: await signUpAs(app, 'official'), resident: await signUp(app) });
  });
  afterAll(() => app?.close());
}
