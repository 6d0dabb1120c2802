import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { readAllPages } from '../../../test-support/pages';
import { OrganisationsService } from '../organisations.service';
import { UserEntity } from '../../users/user.entity';

describe('organisations: create, join, decide, act for', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function createOrg(client: Awaited<ReturnType<typeof signUp>>['client'], name = 'Associació Diàspora Andina') {
    const res = await client
      .post('/api/organisations', {
        name,
        category: 'diaspora',
        country: 'ES',
        city: 'Barcelona',
        website: 'https://andina.example.org',
        description: 'Ponts amb Bogotà.',
      })
      .expect(201);
    return res.body;
  }

  it('the creator becomes the organisation’s admin; the slug is readable', async () => {
    const founder = await signUp(t);
    const org = await createOrg(founder.client);
    expect(org).toMatchObject({
      slug: 'associacio-diaspora-andina',
      category: 'diaspora',
      memberCount: 1,
      myMembership: { role: 'admin', status: 'active', canActFor: true },
    });
    const bySlug = await (await t.client()).get(`/api/organisations/${org.slug}`).expect(200);
    expect(bySlug.body.myMembership).toBeNull();
  });

  it('join request -> pending; only organisation admins accept; then the member may act for it', async () => {
    const founder = await signUp(t);
    const org = await createOrg(founder.client, 'Fundació Ponts Mediterranis');
    const joiner = await signUp(t);
    const outsider = await signUp(t);
    const pending = await joiner.client
      .post(`/api/organisations/${org.id}/join`, { message: 'I coordinate projects with Tunis.' })
      .expect(201);
    expect(pending.body).toMatchObject({ status: 'pending', role: 'member' });
    await joiner.client.post(`/api/organisations/${org.id}/join`, {}).expect(409);

    // Pending requests are visible to the organisation's admins only.
    const publicList = await outsider.client.get(`/api/organisations/${org.id}/members`).expect(200);
    expect(publicList.body.items.map((m: { status: string }) => m.status)).toEqual(['active']);
    const adminList = await founder.client.get(`/api/organisations/${org.id}/members`).expect(200);
    expect(adminList.body.items).toHaveLength(2);

    const service = t.app.get(OrganisationsService);
    const users = t.db.getRepository(UserEntity);
    const joinerUser = await users.findOneByOrFail({ id: joiner.id });
    await expect(service.assertCanActFor(joinerUser, org.id)).rejects.toMatchObject({ code: 'forbidden' });

    await outsider.client.post(`/api/organisations/${org.id}/members/${joiner.id}/decision`, { decision: 'accept' }).expect(403);
    await joiner.client.post(`/api/organisations/${org.id}/members/${joiner.id}/decision`, { decision: 'accept' }).expect(403);
    const accepted = await founder.client
      .post(`/api/organisations/${org.id}/members/${joiner.id}/decision`, { decision: 'accept' })
      .expect(200);
    expect(accepted.body.status).toBe('active');

    await expect(service.assertCanActFor(joinerUser, org.id)).resolves.toBeUndefined();
    const outsiderUser = await users.findOneByOrFail({ id: outsider.id });
    await expect(service.assertCanActFor(outsiderUser, org.id)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('only organisation admins (or platform admins) edit it; a non-member cannot', async () => {
    const founder = await signUp(t);
    const org = await createOrg(founder.client, 'Xarxa Universitària Oberta');
    const outsider = await signUp(t);
    await outsider.client.patch(`/api/organisations/${org.id}`, { description: 'hijacked' }).expect(403);
    const admin = await signUpAs(t, 'admin');
    await admin.client.patch(`/api/organisations/${org.id}`, { description: 'Edited by the platform admin.' }).expect(200);
    const res = await founder.client.patch(`/api/organisations/${org.id}`, { website: 'ftp://nope' }).expect(422);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'website', code: 'invalid_url' });
  });

  it('the last admin cannot leave; a member can; an admin can remove a member', async () => {
    const founder = await signUp(t);
    const org = await createOrg(founder.client, 'Col·lectiu Veïnal del Besòs');
    const member = await signUp(t);
    await member.client.post(`/api/organisations/${org.id}/join`, {}).expect(201);
    await founder.client.post(`/api/organisations/${org.id}/members/${member.id}/decision`, { decision: 'accept' }).expect(200);
    const last = await founder.client.delete(`/api/organisations/${org.id}/members/${founder.id}`).expect(409);
    expect(last.body.error.code).toBe('organisations.last_admin');
    await member.client.delete(`/api/organisations/${org.id}/members/${founder.id}`).expect(403);
    await founder.client.delete(`/api/organisations/${org.id}/members/${member.id}`).expect(204);
  });

  it('lists with search, filters and keyset pages, in a constant number of queries', async () => {
    const founder = await signUp(t);
    for (let i = 0; i < 12; i++) {
      await founder.client
        .post('/api/organisations', {
          name: `Cooperativa Solidària ${String(i).padStart(2, '0')}`,
          category: i % 2 ? 'civil_society' : 'private_sector',
          country: i % 3 ? 'ES' : 'FR',
        })
        .expect(201);
    }
    const anonymous = await t.client();
    const seen: string[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const url: string = `/api/organisations?q=cooperativa%20solid&limit=5${cursor ? `&cursor=${cursor}` : ''}`;
      const { result, queries } = await t.queries.measure(() => anonymous.get(url).expect(200));
      expect(queries).toBeLessThanOrEqual(3);
      seen.push(...result.body.items.map((o: { name: string }) => o.name));
      cursor = result.body.nextCursor;
      sizes.push(result.body.items.length);
    } while (cursor);
    expect(sizes).toEqual([5, 5, 2]);
    expect(seen).toHaveLength(12);
    expect([...seen].sort()).toEqual(seen);
    const filtered = await anonymous.get('/api/organisations?q=cooperativa&category=civil_society&country=FR&limit=50').expect(200);
    expect(filtered.body.items.map((o: { name: string }) => o.name)).toEqual(['Cooperativa Solidària 03', 'Cooperativa Solidària 09']);
    // Filtered pages: one by one, then as many as the limit in one page with no cursor to an empty one.
    const filteredIds = filtered.body.items.map((o: { id: string }) => o.id);
    const byOne = await readAllPages(anonymous, '/api/organisations?q=cooperativa&category=civil_society&country=FR&limit=1');
    expect(byOne.pages).toEqual([[filteredIds[0]], [filteredIds[1]]]);
    expect(byOne.cursors.map(Boolean)).toEqual([true, false]);
    const byTwo = await readAllPages(anonymous, '/api/organisations?q=cooperativa&category=civil_society&country=FR&limit=2');
    expect(byTwo.pages).toEqual([filteredIds]);
    expect(byTwo.cursors).toEqual([null]);
  });
});
