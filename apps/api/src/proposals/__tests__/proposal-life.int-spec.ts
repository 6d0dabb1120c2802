import type { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { signUpAs } from '../../../test-support/fixtures';
import { cast, submitted } from './proposal-kit';

describe('proposals: supports, comments, answers, moderation, notifications, finding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ MODERATION_AUTO_HIDE_REPORTS: '2' });
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.query(`DELETE FROM rate_limit_hits WHERE bucket LIKE 'register:%'`));

  it('supports: one per person even when racing, withdrawable, counted per stakeholder category; endorsements through a member', async () => {
    const { author, coauthor, resident } = await cast(t);
    const p = await submitted(author.client);
    const racing = await Promise.all([1, 2, 3, 4, 5].map(() => resident.client.put(`/api/proposals/${p.id}/support`)));
    expect(racing.every((r) => r.status === 200)).toBe(true);
    await coauthor.client.put(`/api/proposals/${p.id}/support`).expect(200);
    const page = await resident.client.get(`/api/proposals/${p.id}`).expect(200);
    expect(page.body).toMatchObject({ supportCount: 2, supportsByCategory: { resident: 1, diaspora: 1 }, viewer: { supported: true } });
    const withdrawn = await resident.client.delete(`/api/proposals/${p.id}/support`).expect(200);
    expect(withdrawn.body).toMatchObject({ supported: false, supportCount: 1, supportsByCategory: { diaspora: 1 } });
    await resident.client.delete(`/api/proposals/${p.id}/support`).expect(200);
    expect((await resident.client.get(`/api/proposals/${p.id}`)).body.supportCount).toBe(1);

    const org = (
      await coauthor.client
        .post('/api/organisations', {
          name: `Colombianos ${Date.now()}`,
          category: 'diaspora',
          country: 'ES',
          description: 'Puentes con Bogotá.',
        })
        .expect(201)
    ).body;
    await resident.client.put(`/api/proposals/${p.id}/endorsements`, { organisationId: org.id }).expect(403);
    await Promise.all(
      [1, 2, 3].map(() => coauthor.client.put(`/api/proposals/${p.id}/endorsements`, { organisationId: org.id }).expect(200)),
    );
    const endorsed = await resident.client.get(`/api/proposals/${p.id}`).expect(200);
    expect(endorsed.body).toMatchObject({ endorsementCount: 1, endorsementsByCategory: { diaspora: 1 } });
    // Drafts cannot be supported.
    const d = (await author.client.post('/api/proposals', { title: 'Un brouillon à soutenir', body: 'Texte.' }).expect(201)).body;
    await author.client.put(`/api/proposals/${d.id}/support`).expect(409);
  });

  it('comments: threads, agree/disagree once per person, edit window, contributions', async () => {
    const { author, resident, coauthor } = await cast(t);
    const p = await submitted(author.client);
    const c1 = (await resident.client.post(`/api/proposals/${p.id}/comments`, { body: 'Il faudrait inclure Maputo.' }).expect(201)).body;
    const r1 = (
      await author.client.post(`/api/proposals/${p.id}/comments`, { body: 'Bonne idée, on l’ajoute.', parentId: c1.id }).expect(201)
    ).body;
    await coauthor.client.post(`/api/proposals/${p.id}/comments`, { body: 'Et Gauteng ?', parentId: r1.id }).expect(201);
    await Promise.all([1, 2, 3].map(() => coauthor.client.put(`/api/proposals/${p.id}/comments/${c1.id}/vote`, { value: 1 }).expect(200)));
    const flipped = await author.client.put(`/api/proposals/${p.id}/comments/${c1.id}/vote`, { value: -1 }).expect(200);
    expect(flipped.body).toMatchObject({ agreeCount: 1, disagreeCount: 1 });
    const list = await resident.client.get(`/api/proposals/${p.id}/comments`).expect(200);
    expect(list.body.total).toBe(3);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].replies.map((r: any) => r.body)).toEqual(['Bonne idée, on l’ajoute.', 'Et Gauteng ?']);
    // Only the author edits, and only within the window.
    await author.client.patch(`/api/proposals/${p.id}/comments/${c1.id}`, { body: 'Changé' }).expect(403);
    const edited = await resident.client
      .patch(`/api/proposals/${p.id}/comments/${c1.id}`, { body: 'Il faudrait inclure Maputo et Dakar.' })
      .expect(200);
    expect(edited.body.editedAt).toBeTruthy();
    await t.db.query(`UPDATE proposal_comments SET created_at = now() - interval '20 minutes' WHERE id = $1`, [c1.id]);
    const late = await resident.client.patch(`/api/proposals/${p.id}/comments/${c1.id}`, { body: 'Trop tard ?' }).expect(409);
    expect(late.body.error.code).toBe('proposals.comment_edit_window_passed');
    const [contribution] = await t.db.query(`SELECT text FROM contributions WHERE source = 'proposal_comment' AND source_ref = $1`, [
      c1.id,
    ]);
    expect(contribution.text).toBe('Il faudrait inclure Maputo et Dakar.');
  });

  it('official answers: only officials; lifecycle enforced; justification required; every transition dated, logged and notified in-app and live', async () => {
    const { author, coauthor, resident, official } = await cast(t);
    const p = (
      await author.client.post('/api/proposals', { title: 'Portefeuille Next Generation EU', body: 'Un portefeuille commun.' }).expect(201)
    ).body;
    const inv = await author.client.post(`/api/proposals/${p.id}/coauthors`, { kind: 'person', email: coauthor.email }).expect(201);
    await coauthor.client.post(`/api/proposals/${p.id}/coauthors/${inv.body.coauthors[0].id}`, { decision: 'accept' }).expect(200);
    await author.client.post(`/api/proposals/${p.id}/submit`).expect(200);

    // The co-author listens on a socket (their user:<id> room).
    const login = await (
      await t.client()
    )
      .post('/api/auth/login', { email: coauthor.email, password: 'correct-horse-battery' })
      .expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const socket = io(`http://127.0.0.1:${port}`, {
      path: '/api/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie },
      reconnection: false,
    });
    const pushed: any[] = [];
    socket.on('notification:new', (e) => pushed.push(e));
    await socket.timeout(5000).emitWithAck('session:whoami');

    for (const client of [resident.client, author.client]) {
      await client.post(`/api/proposals/${p.id}/status`, { status: 'under_evaluation' }).expect(403);
    }
    await official.client.post(`/api/proposals/${p.id}/status`, { status: 'accepted', text: 'Directly' }).expect(409);
    await official.client.post(`/api/proposals/${p.id}/status`, { status: 'under_evaluation' }).expect(200);
    const noJustification = await official.client.post(`/api/proposals/${p.id}/status`, { status: 'not_retained', text: '' }).expect(422);
    expect(noJustification.body.error.fields[0]).toMatchObject({ path: 'text', code: 'required' });
    await official.client
      .post(`/api/proposals/${p.id}/status`, { status: 'merged', text: 'Fusionnée avec une autre proposition.' })
      .expect(422);
    const planActionId = '6f1c1a52-2f43-4a51-9d4e-1c1f6f0a9b10';
    const answered = await official.client
      .post(`/api/proposals/${p.id}/status`, { status: 'accepted', text: 'Elle devient l’action 2.3 du plan.', planActionId })
      .expect(200);
    expect(answered.body).toMatchObject({
      status: 'accepted',
      planActionId,
      answer: { to: 'accepted', text: 'Elle devient l’action 2.3 du plan.' },
    });
    expect(answered.body.history.map((h: any) => h.to)).toEqual(['submitted', 'under_evaluation', 'accepted']);
    expect(answered.body.history.every((h: any) => h.at)).toBe(true);
    // Supports close once answered.
    await resident.client.put(`/api/proposals/${p.id}/support`).expect(409);

    await new Promise((r) => setTimeout(r, 200));
    socket.disconnect();
    expect(pushed.map((e) => e.notification.params.status)).toEqual(['under_evaluation', 'accepted']);
    expect(pushed[1].unread).toBeGreaterThanOrEqual(2);

    const mine = await author.client.get('/api/notifications').expect(200);
    expect(mine.body.items.filter((n: any) => n.kind === 'proposal_status').map((n: any) => n.params.status)).toEqual([
      'accepted',
      'under_evaluation',
    ]);
    const unread = (await author.client.get('/api/notifications/unread-count').expect(200)).body.unread;
    expect(unread).toBeGreaterThanOrEqual(2);
    await resident.client.post(`/api/notifications/${mine.body.items[0].id}/read`).expect(404);
    expect((await author.client.post(`/api/notifications/${mine.body.items[0].id}/read`).expect(200)).body.unread).toBe(unread - 1);
    expect((await author.client.post('/api/notifications/read-all').expect(200)).body.unread).toBe(0);
    await (await t.client()).get('/api/notifications').expect(401);

    const log = await official.client.get(`/api/moderation/log?targetType=proposal&targetId=${p.id}`).expect(200);
    expect(log.body.items.map((e: any) => e.data.to)).toEqual(['accepted', 'under_evaluation', 'submitted']);
  });

  it('moderation: reports hide content after the configured number; officials restore with a reason; queue and log; denial', async () => {
    const { author, coauthor, resident, official } = await cast(t);
    const p = await submitted(author.client, { title: 'Proposition signalée pour test' });
    const comment = (await author.client.post(`/api/proposals/${p.id}/comments`, { body: 'Un commentaire douteux' }).expect(201)).body;
    const report = (c: typeof resident.client, type = 'proposal_comment', id = comment.id) =>
      c.post('/api/moderation/reports', { targetType: type, targetId: id, reason: 'abusive' });
    await report(resident.client).expect(200);
    await report(resident.client).expect(200); // the same person twice counts once
    expect((await resident.client.get(`/api/proposals/${p.id}/comments`)).body.items[0].hidden).toBe(false);
    await report(coauthor.client).expect(200);
    const hidden = (await resident.client.get(`/api/proposals/${p.id}/comments`)).body.items[0];
    expect(hidden).toMatchObject({ hidden: true, body: '', bodyHtml: '' });
    expect((await official.client.get(`/api/proposals/${p.id}/comments`)).body.items[0].body).toBe('Un commentaire douteux');
    expect((await resident.client.get(`/api/proposals/${p.id}`)).body.commentCount).toBe(0);
    const [contribution] = await t.db.query(`SELECT hidden_at FROM contributions WHERE source_ref = $1`, [comment.id]);
    expect(contribution.hidden_at).toBeTruthy();

    await resident.client.get('/api/moderation/queue').expect(403);
    const queue = await official.client.get('/api/moderation/queue').expect(200);
    expect(queue.body.items.find((i: any) => i.targetId === comment.id)).toMatchObject({
      openReports: 2,
      hidden: true,
      reasons: { abusive: 2 },
    });
    await resident.client
      .post('/api/moderation/decisions', { targetType: 'proposal_comment', targetId: comment.id, action: 'restore', reason: 'Pas abusif' })
      .expect(403);
    await official.client
      .post('/api/moderation/decisions', {
        targetType: 'proposal_comment',
        targetId: comment.id,
        action: 'restore',
        reason: 'Critique légitime, pas abusive.',
      })
      .expect(200);
    expect((await resident.client.get(`/api/proposals/${p.id}/comments`)).body.items[0].hidden).toBe(false);
    expect((await official.client.get('/api/moderation/queue')).body.items.find((i: any) => i.targetId === comment.id)).toBeUndefined();

    // A proposal hidden by an official leaves the public list, stays readable by its authors and officials.
    await official.client
      .post('/api/moderation/decisions', {
        targetType: 'proposal',
        targetId: p.id,
        action: 'hide',
        reason: 'Données personnelles dans le texte.',
      })
      .expect(200);
    await resident.client.get(`/api/proposals/${p.id}`).expect(404);
    expect((await author.client.get(`/api/proposals/${p.id}`).expect(200)).body.hidden).toBe(true);
    const notified = await author.client.get('/api/notifications').expect(200);
    expect(notified.body.items.map((n: any) => n.kind)).toEqual(expect.arrayContaining(['content_hidden', 'content_restored']));
    const log = await official.client.get(`/api/moderation/log?targetId=${comment.id}`).expect(200);
    expect(log.body.items.map((e: any) => e.action)).toEqual(['restore', 'auto_hide', 'report', 'report']);
  });

  it('finding: filters, language-aware search, sorts with keyset pages, and a constant number of queries per page', async () => {
    const { author, official } = await cast(t);
    const voters = await Promise.all([1, 2, 3].map(() => signUpAs(t, 'participant')));
    const made = [];
    const texts = [
      {
        title: 'Coopération décentralisée avec Dakar',
        body: 'Échanges entre techniciens municipaux.',
        sdgTargets: ['17.17'],
        strategicLine: 'international_cooperation',
      },
      {
        title: 'Fondos europeos para la movilidad',
        body: 'Presentar proyectos de movilidad sostenible a los fondos europeos.',
        sdgTargets: ['11.2'],
        strategicLine: 'international_funding',
      },
      {
        title: 'Xarxa de ciutats mediterrànies',
        body: 'Cooperar amb les ciutats de la Mediterrània en la gestió de l’aigua.',
        sdgTargets: ['6.5'],
        strategicLine: 'eu_un_agenda',
      },
      {
        title: 'Innovation exchange with Greater Manchester',
        body: 'Two-way knowledge transfer on digital public services.',
        sdgTargets: ['9.5'],
        strategicLine: 'innovation_knowledge',
      },
    ];
    for (const [i, x] of texts.entries()) {
      const p = await submitted(author.client, { ...x, regions: [], partners: [], agendas: [] });
      for (const v of voters.slice(0, i)) await v.client.put(`/api/proposals/${p.id}/support`).expect(200);
      made.push(p);
    }
    const ids = (res: any) => res.body.items.map((p: any) => p.id);
    const bySupports = await official.client.get('/api/proposals?sort=supports&limit=2').expect(200);
    expect(ids(bySupports)).toEqual([made[3].id, made[2].id]);
    // Walking every page: each proposal once, in the sort's order.
    for (const sort of ['supports', 'comments', 'newest']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: any = await official.client.get(`/api/proposals?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
        seen.push(...ids(res));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      const [total] = await t.db.query(`SELECT count(*)::int AS n FROM proposals WHERE status <> 'draft' AND hidden_at IS NULL`);
      expect(seen.length).toBe(total.n);
      if (sort === 'supports')
        expect(made.map((m) => seen.indexOf(m.id)).reverse()).toEqual(
          [...made.map((m) => seen.indexOf(m.id)).reverse()].sort((a, b) => a - b),
        );
    }
    const newest = await official.client.get('/api/proposals?sort=newest&limit=3').expect(200);
    expect(ids(newest)).toEqual([made[3].id, made[2].id, made[1].id]);
    // Stemmed search in each text's own language: "fondo" finds "fondos", "ciutat" finds "ciutats", "exchanges" finds "exchange".
    expect(ids(await official.client.get('/api/proposals?q=fondo').expect(200))).toEqual([made[1].id]);
    expect(ids(await official.client.get('/api/proposals?q=ciutat').expect(200))).toEqual([made[2].id]);
    expect(ids(await official.client.get('/api/proposals?q=exchanges').expect(200))).toEqual([made[3].id]);
    expect(ids(await official.client.get('/api/proposals?sdg=6').expect(200))).toEqual([made[2].id]);
    expect(ids(await official.client.get('/api/proposals?strategicLine=innovation_knowledge').expect(200))).toEqual([made[3].id]);
    expect((await official.client.get('/api/proposals?category=civil_society').expect(200)).body.items.length).toBeGreaterThanOrEqual(4);
    expect(ids(await official.client.get('/api/proposals?status=draft').expect(200))).toEqual([]);
    await official.client.get('/api/proposals?sort=nope').expect(422);
    await official.client.get('/api/proposals?cursor=garbage').expect(422);

    // No N+1: a page of 4 costs the same number of queries as a page of 1.
    const count = async (url: string) => (await t.queries.measure(() => official.client.get(url).expect(200))).queries;
    expect(await count('/api/proposals?limit=4')).toBe(await count('/api/proposals?limit=1'));
    const pageQueries = await count(`/api/proposals/${made[0].id}`);
    for (let i = 0; i < 5; i++) await author.client.post(`/api/proposals/${made[0].id}/comments`, { body: `Commentaire ${i}` }).expect(201);
    expect(await count(`/api/proposals/${made[0].id}`)).toBe(pageQueries);
    const c1 = await count(`/api/proposals/${made[0].id}/comments?limit=1`);
    expect(await count(`/api/proposals/${made[0].id}/comments?limit=5`)).toBe(c1);
  });
});
