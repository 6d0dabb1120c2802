import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUp } from '../../../test-support/fixtures';
import { cast, draft, proposalRequest, submitted } from './proposal-kit';

describe('proposals: drafting, co-authorship, versions, submission', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  // Many sign-ups come from one address here: lift the registration limit between tests.
  beforeEach(() => t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'register:%'`));

  it('an author drafts, invites a co-author who accepts and edits; every edit is a version; the diff shows the edit; submission publishes and records a contribution', async () => {
    const { author, coauthor, resident } = await cast(t);
    const p = await draft(author.client);
    expect(p).toMatchObject({
      status: 'draft',
      version: 1,
      sdgs: [11, 17],
      sdgTargets: ['11.6', '17.17'],
      can: { edit: true, submit: true },
    });

    // A draft is private to its co-authors.
    await resident.client.get(`/api/proposals/${p.id}`).expect(404);
    await (await t.client()).get(`/api/proposals/${p.id}`).expect(404);

    const invited = await author.client.post(`/api/proposals/${p.id}/coauthors`, { kind: 'person', email: coauthor.email }).expect(201);
    const invitation = invited.body.coauthors.find((c: any) => c.user?.id === coauthor.id);
    expect(invitation.status).toBe('invited');
    // Invited: may read, may not edit yet.
    const asInvitee = await coauthor.client.get(`/api/proposals/${p.id}`).expect(200);
    expect(asInvitee.body.can.edit).toBe(false);
    expect(asInvitee.body.viewer.invitation.id).toBe(invitation.id);
    await coauthor.client.patch(`/api/proposals/${p.id}`, { baseVersion: 1, title: 'Titre du coauteur' }).expect(403);
    // Nobody else answers someone's invitation.
    await resident.client.post(`/api/proposals/${p.id}/coauthors/${invitation.id}`, { decision: 'accept' }).expect(404);

    const invitations = await coauthor.client.get('/api/proposals/invitations').expect(200);
    expect(invitations.body.map((i: any) => i.proposal.id)).toContain(p.id);
    await coauthor.client.post(`/api/proposals/${p.id}/coauthors/${invitation.id}`, { decision: 'accept' }).expect(200);
    await coauthor.client.post(`/api/proposals/${p.id}/coauthors/${invitation.id}`, { decision: 'decline' }).expect(409);

    const edited = await coauthor.client
      .patch(`/api/proposals/${p.id}`, {
        baseVersion: 1,
        body: 'Les associations de la diaspora sénégalaise proposent un **programme d’échange** entre techniciens et élus.',
      })
      .expect(200);
    expect(edited.body.version).toBe(2);
    // An edit on top of an outdated version is refused rather than silently overwriting.
    const stale = await author.client
      .patch(`/api/proposals/${p.id}`, { baseVersion: 1, title: 'Un autre titre pour la proposition' })
      .expect(409);
    expect(stale.body.error.code).toBe('proposals.edit_conflict');
    await author.client
      .patch(`/api/proposals/${p.id}`, { baseVersion: 2, title: 'Réseau Dakar–Barcelone pour la gestion des déchets' })
      .expect(200);

    const versions = await author.client.get(`/api/proposals/${p.id}/versions`).expect(200);
    expect(versions.body.map((v: any) => [v.number, v.editor.id])).toEqual([
      [3, author.id],
      [2, coauthor.id],
      [1, author.id],
    ]);
    expect(versions.body[1].changed).toEqual(['body']);
    const diff = await author.client.get(`/api/proposals/${p.id}/diff?from=1&to=2`).expect(200);
    expect(diff.body.fields.map((f: any) => f.field)).toEqual(['body']);
    expect(
      diff.body.fields[0].parts
        .filter((x: any) => x.added)
        .map((x: any) => x.value.trim())
        .join(' '),
    ).toContain('élus');
    const wide = await author.client.get(`/api/proposals/${p.id}/diff?from=1&to=3`).expect(200);
    expect(wide.body.fields.map((f: any) => f.field)).toEqual(['title', 'body']);

    const sub = await coauthor.client.post(`/api/proposals/${p.id}/submit`).expect(200);
    expect(sub.body).toMatchObject({ status: 'submitted', history: [expect.objectContaining({ from: 'draft', to: 'submitted' })] });
    expect(sub.body.submittedAt).toBeTruthy();
    // Submitted: public, and frozen.
    await (await t.client()).get(`/api/proposals/${p.id}`).expect(200);
    const frozen = await author.client
      .patch(`/api/proposals/${p.id}`, { baseVersion: 3, title: 'Encore un changement de titre' })
      .expect(409);
    expect(frozen.body.error.code).toBe('proposals.not_draft');
    await author.client.post(`/api/proposals/${p.id}/submit`).expect(409);

    const [contribution] = await t.db.query(
      `SELECT source, text, category, author_user_id FROM contributions WHERE source = 'proposal' AND source_ref = $1`,
      [p.id],
    );
    expect(contribution).toMatchObject({ source: 'proposal', category: 'civil_society', author_user_id: author.id });
    expect(contribution.text).toContain('élus');
  });

  it('organisations co-sign through a member who may act for them; racing invitations never duplicate', async () => {
    const { author, coauthor, resident } = await cast(t);
    const org = (
      await coauthor.client
        .post('/api/organisations', {
          name: `Diàspora Senegal ${Date.now()}`,
          category: 'diaspora',
          country: 'ES',
          description: 'Codéveloppement.',
        })
        .expect(201)
    ).body;
    const p = await draft(author.client);
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => author.client.post(`/api/proposals/${p.id}/coauthors`, { kind: 'organisation', organisationId: org.id })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const people = await Promise.all(
      [1, 2, 3].map(() => author.client.post(`/api/proposals/${p.id}/coauthors`, { kind: 'person', email: resident.email })),
    );
    expect(people.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM proposal_coauthors WHERE proposal_id = $1`, [p.id]);
    expect(n).toBe(2);

    const invitation = results.find((r) => r.status === 201)!.body.coauthors.find((c: any) => c.kind === 'organisation');
    // Not a member: cannot answer for the organisation.
    await resident.client.post(`/api/proposals/${p.id}/coauthors/${invitation.id}`, { decision: 'accept' }).expect(403);
    const accepted = await coauthor.client.post(`/api/proposals/${p.id}/coauthors/${invitation.id}`, { decision: 'accept' }).expect(200);
    expect(accepted.body.organisations).toEqual([expect.objectContaining({ id: org.id })]);
    expect(accepted.body.can.edit).toBe(true);
    // The author inviting an organisation they belong to co-signs at once.
    const own = (
      await author.client
        .post('/api/organisations', {
          name: `Federació Veïnal ${Date.now()}`,
          category: 'civil_society',
          country: 'ES',
          description: 'Barris.',
        })
        .expect(201)
    ).body;
    const cosigned = await author.client
      .post(`/api/proposals/${p.id}/coauthors`, { kind: 'organisation', organisationId: own.id })
      .expect(201);
    expect(cosigned.body.organisations.map((o: any) => o.id).sort()).toEqual([org.id, own.id].sort());
  });

  it('policy matrix: who may edit, submit and invite (denial included)', async () => {
    const { author, coauthor, resident, official, admin } = await cast(t);
    const p = await draft(author.client);
    const anon = await t.client();
    const edit = (c: typeof anon) => c.patch(`/api/proposals/${p.id}`, { baseVersion: 1, theme: 'Gestion des déchets' });
    expect((await edit(anon)).status).toBe(401);
    expect((await edit(resident.client)).status).toBe(404); // a draft is invisible to them
    expect((await edit(official.client)).status).toBe(404);
    expect((await edit(admin.client)).status).toBe(403); // admins may read drafts, not write them
    expect((await edit(coauthor.client)).status).toBe(404);
    expect((await resident.client.post(`/api/proposals/${p.id}/submit`)).status).toBe(404);
    expect((await admin.client.post(`/api/proposals/${p.id}/submit`)).status).toBe(403);
    expect((await admin.client.post(`/api/proposals/${p.id}/coauthors`, { kind: 'person', email: resident.email })).status).toBe(403);
    expect((await edit(author.client)).status).toBe(200);
  });

  it('bad input gets field errors; unknown SDG targets and fields are refused', async () => {
    const { author } = await cast(t);
    const res = await author.client.post('/api/proposals', proposalRequest({ title: 'x', sdgTargets: ['11.99'], extra: 1 })).expect(422);
    expect(res.body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'title', code: 'too_short' }),
        expect.objectContaining({ path: 'sdgTargets.0', code: 'invalid_option' }),
        expect.objectContaining({ code: 'unknown_field' }),
      ]),
    );
    await author.client.post('/api/proposals', proposalRequest({ strategicLine: 'nope' })).expect(422);
  });

  it('an XSS payload in title, body and comment is rendered inert', async () => {
    const { author, resident } = await cast(t);
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>[click](javascript:alert(3))';
    const p = await submitted(author.client, {
      title: `Titre <script>alert(1)</script> piégé`,
      body: `Corps ${payload}`,
      expectedResults: payload,
    });
    const page = await resident.client.get(`/api/proposals/${p.id}`).expect(200);
    // No element, attribute or link survives: the payload comes back as escaped text.
    const inert = (html: string) => {
      expect(html).not.toMatch(/<script|<img|<[^>]+\son\w+=|href="javascript:/i);
      expect(html).toContain('&lt;script&gt;');
    };
    inert(page.body.bodyHtml);
    inert(page.body.expectedResultsHtml);
    // The title is plain text: returned as written, for the web to render as text (never as HTML).
    expect(page.body.title).toBe('Titre <script>alert(1)</script> piégé');
    await resident.client.post(`/api/proposals/${p.id}/comments`, { body: payload }).expect(201);
    const comments = await resident.client.get(`/api/proposals/${p.id}/comments`).expect(200);
    inert(comments.body.items[0].bodyHtml);
  });

  it('rate limits proposal creation', async () => {
    const person = await signUp(t);
    for (let i = 0; i < 10; i++) await person.client.post('/api/proposals', proposalRequest()).expect(201);
    const limited = await person.client.post('/api/proposals', proposalRequest()).expect(429);
    expect(limited.body.error.code).toBe('rate_limited');
  });
});
