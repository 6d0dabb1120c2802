import type { Role } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { readAllPages } from '../../../test-support/pages';

const ROLES: Role[] = ['admin', 'official', 'participant'];

describe('people and roles: who may do what', () => {
  let t: TestApp;
  let people: Record<Role, Awaited<ReturnType<typeof signUpAs>>>;
  beforeAll(async () => {
    t = await startTestApp();
    people = {
      admin: await signUpAs(t, 'admin'),
      official: await signUpAs(t, 'official'),
      participant: await signUpAs(t, 'participant'),
    };
  });
  afterAll(() => t.close());

  it.each([
    ['admin', 200],
    ['official', 403],
    ['participant', 403],
  ] as const)('%s granting the official role to someone else gets %i', async (role, status) => {
    const target = await signUp(t);
    await people[role].client.put(`/api/users/${target.id}/role`, { role: 'official' }).expect(status);
    const [row] = await t.db.query('SELECT role FROM users WHERE id = $1', [target.id]);
    expect(row.role).toBe(status === 200 ? 'official' : 'participant');
  });

  it('a participant cannot make themself admin', async () => {
    const p = people.participant;
    await p.client.put(`/api/users/${p.id}/role`, { role: 'admin' }).expect(403);
  });

  it('an admin cannot demote themself (someone must remain able to grant roles)', async () => {
    await people.admin.client.put(`/api/users/${people.admin.id}/role`, { role: 'participant' }).expect(403);
  });

  it('signed-out visitors are asked to sign in', async () => {
    const anonymous = await t.client();
    await anonymous.put(`/api/users/${people.participant.id}/role`, { role: 'admin' }).expect(401);
    await anonymous.get('/api/users').expect(401);
  });

  it.each([
    ['admin', 200, true],
    ['official', 200, false],
    ['participant', 403, false],
  ] as const)('%s listing people gets %i (e-mails shown: %s)', async (role, status, emails) => {
    const res = await people[role].client.get('/api/users?limit=2').expect(status);
    if (status !== 200) return;
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items.every((u: { email?: string }) => Boolean(u.email) === emails)).toBe(true);
    const next = await people[role].client.get(`/api/users?limit=2&cursor=${res.body.nextCursor}`).expect(200);
    const firstIds = res.body.items.map((u: { id: string }) => u.id);
    expect(next.body.items.some((u: { id: string }) => firstIds.includes(u.id))).toBe(false);
  });

  it('pages the filtered list newest first: every page full but the last, which answers no cursor', async () => {
    const made: string[] = [];
    for (const category of ['resident', 'academia', 'resident', 'academia', 'resident'])
      made.push((await signUp(t, { displayName: 'Ona Paginadora', category })).id);
    const all = await readAllPages(people.admin.client, '/api/users?q=paginadora&limit=2');
    expect(all.pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(all.cursors.map(Boolean)).toEqual([true, true, false]);
    expect(all.ids).toEqual([...made].reverse());
    // As many as the limit: one page, no cursor to an empty one.
    const academics = await readAllPages(people.admin.client, '/api/users?q=paginadora&category=academia&limit=2');
    expect(academics.pages).toEqual([[made[3], made[1]]]);
    expect(academics.cursors).toEqual([null]);
  });

  it.each(ROLES)('%s cannot read another person’s data export, only their own', async (role) => {
    const other = await signUp(t);
    await people[role].client.get(`/api/users/${other.id}/export`).expect(403);
    const own = await people[role].client.get(`/api/users/${people[role].id}/export`).expect(200);
    expect(JSON.parse(own.text).profile.id).toBe(people[role].id);
  });

  it('rejects a malformed cursor with a field error, not a 500', async () => {
    const res = await people.admin.client.get('/api/users?cursor=%%%garbage').expect(422);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'cursor' });
  });
});
