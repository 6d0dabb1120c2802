import { COAUTHOR_SEARCH_LIMIT } from '@polyphony/contracts';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp, signUpAs } from '../../../test-support/fixtures';
import { UserEntity } from '../../users/user.entity';
import { COAUTHOR_SEARCH_RATE } from '../proposal-coauthors.service';
import { draft, submitted } from './proposal-kit';

describe('proposals: searching people and organisations to invite as co-authors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'register:%' OR bucket LIKE 'proposals:%'`));

  const search = (client: Awaited<ReturnType<typeof signUp>>['client'], id: string, q: string) =>
    client.get(`/api/proposals/${id}/coauthor-candidates?q=${encodeURIComponent(q)}`);

  it('finds participants and organisations by a name prefix, invites the one picked, and never shows e-mails', async () => {
    const tag = `Zephyrine${Date.now().toString(36)}`;
    const author = await signUp(t, { displayName: `Marta ${tag}` });
    const found = await signUp(t, { displayName: `${tag} Ndiaye`, category: 'diaspora', country: 'SN' });
    const blocked = await signUp(t, { displayName: `${tag} Bloquée` });
    await t.db.getRepository(UserEntity).update({ id: blocked.id }, { blockedAt: new Date() });
    const noConsent = await signUp(t, { displayName: `${tag} Sans Accord` });
    await t.db.getRepository(UserEntity).update({ id: noConsent.id }, { privacyConsentAt: null });
    const official = await signUpAs(t, 'official');
    await t.db.getRepository(UserEntity).update({ id: official.id }, { displayName: `${tag} Officielle` });
    const org = (
      await found.client
        .post('/api/organisations', { name: `${tag} Teranga`, category: 'diaspora', country: 'ES', description: 'Ponts.' })
        .expect(201)
    ).body;
    const p = await draft(author.client);

    // A prefix of any word of the name, case-insensitive; the author, blocked, non-consenting and staff accounts are left out.
    const res = await search(author.client, p.id, tag.slice(0, 6).toLowerCase()).expect(200);
    const people = res.body.people.filter((x: { displayName: string }) => x.displayName.includes(tag));
    expect(people).toEqual([{ id: found.id, displayName: `${tag} Ndiaye`, category: 'diaspora', country: 'SN' }]);
    expect(res.body.organisations.filter((o: { name: string }) => o.name.includes(tag))).toEqual([
      { id: org.id, name: `${tag} Teranga`, category: 'diaspora', country: 'ES' },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('@');
    expect(res.body.people.length).toBeLessThanOrEqual(COAUTHOR_SEARCH_LIMIT);
    // Another word of the name finds the person too; a word from the organisation's description does not find it.
    expect((await search(author.client, p.id, 'ndiay').expect(200)).body.people.map((x: { id: string }) => x.id)).toContain(found.id);
    expect((await search(author.client, p.id, 'Ponts').expect(200)).body.organisations.map((o: { id: string }) => o.id)).not.toContain(
      org.id,
    );

    // Picking from the results invites by id; the invited ones are no longer offered.
    await author.client.post(`/api/proposals/${p.id}/coauthors`, { kind: 'person', userId: found.id }).expect(201);
    const afterInvite = await author.client.post(`/api/proposals/${p.id}/coauthors`, { kind: 'organisation', organisationId: org.id });
    expect(afterInvite.status).toBe(201);
    expect(afterInvite.body.coauthors.map((c: any) => c.user?.id ?? c.organisation?.id)).toEqual(
      expect.arrayContaining([found.id, org.id]),
    );
    const again = await search(author.client, p.id, tag).expect(200);
    expect(again.body).toEqual({ people: [], organisations: [] });
  });

  it('is for the draft’s editors only, signed in, with a name of at least 2 characters, and rate-limited', async () => {
    const author = await signUp(t, { displayName: 'Núria Autora' });
    const other = await signUp(t);
    const admin = await signUpAs(t, 'admin');
    const p = await draft(author.client);

    await (await t.client()).get(`/api/proposals/${p.id}/coauthor-candidates?q=ab`).expect(401);
    // Not involved: the draft does not exist for them.
    await search(other.client, p.id, 'ab').expect(404);
    // An admin sees drafts but is no co-author: no search.
    expect((await search(admin.client, p.id, 'ab').expect(403)).body.error.code).toBe('forbidden');
    // Once submitted, nobody invites any more.
    const sent = await submitted(author.client);
    await search(author.client, sent.id, 'ab').expect(403);

    const short = await search(author.client, p.id, 'a').expect(422);
    expect(short.body.error.fields).toEqual([expect.objectContaining({ path: 'q', code: 'too_short' })]);
    const fr = await author.client.get(`/api/proposals/${p.id}/coauthor-candidates`).set('Accept-Language', 'fr').expect(422);
    expect(fr.body.error.fields[0]).toMatchObject({ path: 'q', code: 'required' });

    await t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'proposals:coauthor-search:%'`);
    const statuses: number[] = [];
    for (let i = 0; i <= COAUTHOR_SEARCH_RATE.limit; i++) statuses.push((await search(author.client, p.id, 'ab')).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(COAUTHOR_SEARCH_RATE.limit);
    const limited = await search(author.client, p.id, 'ab').expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
  });
});
