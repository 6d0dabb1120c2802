import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { PASSWORD, signUp, signUpAs } from '../../../test-support/fixtures';
import { linkIn, startSmtp, tokenOf, type TestSmtp } from '../../../test-support/smtp';
import { publishedConsultation } from '../../consultations/__tests__/consultation-fixtures';
import { ContributionsService } from '../../contributions/contributions.service';

const CSV = `name,email,organisation,category,country,language
Fatou Sarr,fatou@ong-dakar.example,ONG Dakar Solidarité,civil_society,SN,fr
Jordi Puig,jordi@uab.example,Universitat Autònoma,academia,ES,ca
Nobody,not-an-email,Somewhere,academia,ES,ca
Bad Category,bad@example.org,Org,official,ES,xx
`;

describe('invitations by e-mail (real SMTP server)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('an official invites from CSV to a consultation’s interviews: valid lines sent in each language, errors per line', async () => {
    const official = await signUpAs(t, 'official');
    const consultation = await publishedConsultation(official.client);
    const res = await official.client
      .post('/api/invitations/import', { targetType: 'interviews', targetId: consultation.id, csv: CSV })
      .set('Accept-Language', 'en')
      .expect(201);
    expect(res.body.created.map((i: { email: string; state: string }) => [i.email, i.state])).toEqual([
      ['fatou@ong-dakar.example', 'sent'],
      ['jordi@uab.example', 'sent'],
    ]);
    expect(res.body.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [4, 'email'],
      [5, 'category'],
      [5, 'language'],
    ]);
    const fatou = await smtp.waitFor((m) => m.to.includes('fatou@ong-dakar.example'));
    expect(fatou.text).toContain('Bonjour Fatou Sarr,');
    expect(fatou.text).toContain('Plan d’internationalisation métropolitain');
    expect(fatou.text).toContain('ONG Dakar Solidarité');
    const jordi = await smtp.waitFor((m) => m.to.includes('jordi@uab.example'));
    expect(jordi.subject).toContain('et convida a participar');

    // Importing the same file again: nobody is invited twice.
    const again = await official.client
      .post('/api/invitations/import', { targetType: 'interviews', targetId: consultation.id, csv: CSV })
      .expect(201);
    expect(again.body.created).toEqual([]);
    expect(again.body.errors.filter((e: { line: number }) => e.line <= 3)).toHaveLength(2);

    // Opening the link is seen by the official; accepting creates a verified account in the organisation.
    const token = tokenOf(linkIn(fatou.text, '/invitation'));
    const visitor = await t.client('fr');
    const preview = await visitor.post('/api/invitations/preview', { token }).expect(200);
    expect(preview.body).toMatchObject({
      email: 'fatou@ong-dakar.example',
      category: 'civil_society',
      accountExists: false,
      targetType: 'interviews',
    });
    const listed = await official.client.get(`/api/invitations?targetId=${consultation.id}&state=opened`).expect(200);
    expect(listed.body.items.map((i: { email: string }) => i.email)).toEqual(['fatou@ong-dakar.example']);

    let pending = await official.client.get(`/api/consultations/${consultation.id}/invitations/not-yet-heard`).expect(200);
    expect(pending.body.items).toHaveLength(2);

    await visitor.post('/api/invitations/accept', { token, password: PASSWORD }).expect(422); // no consent
    const accepted = await visitor.post('/api/invitations/accept', { token, password: PASSWORD, acceptPrivacy: true }).expect(200);
    expect(accepted.body.me).toMatchObject({
      email: 'fatou@ong-dakar.example',
      category: 'civil_society',
      country: 'SN',
      emailVerified: true,
      preferredLanguage: 'fr',
    });
    const orgs = (await visitor.get('/api/me/organisations').expect(200)).body.items;
    expect(orgs.map((o: { name: string; status: string }) => [o.name, o.status])).toEqual([['ONG Dakar Solidarité', 'active']]);
    await visitor.post('/api/invitations/accept', { token, password: PASSWORD, acceptPrivacy: true }).expect(410);

    // Once her organisation contributes, it no longer shows as "not yet heard".
    const [org] = await t.db.query(`SELECT id FROM organisations WHERE name = 'ONG Dakar Solidarité'`);
    await t.db.transaction((manager) =>
      t.app.get(ContributionsService).record(manager, {
        source: 'questionnaire_answer',
        sourceRef: 'fatou-1',
        consultationId: consultation.id,
        text: 'La coopération décentralisée doit passer par les associations.',
        category: 'civil_society',
        country: 'SN',
        authorUserId: accepted.body.me.id,
        authorOrganisationId: org.id,
      }),
    );
    pending = await official.client.get(`/api/consultations/${consultation.id}/invitations/not-yet-heard`).expect(200);
    expect(pending.body.items.map((i: { organisation: string }) => i.organisation)).toEqual(['Universitat Autònoma']);
  });

  it('a revoked invitation cannot be used; a reminder replaces the link; an expired one is refused', async () => {
    const admin = await signUpAs(t, 'admin');
    const invitee = {
      name: 'Marta Vila',
      email: 'marta@ajuntament.example',
      category: 'public_institution',
      country: 'ES',
      language: 'ca',
    };
    const res = await admin.client.post('/api/invitations', { targetType: 'platform', invitees: [invitee] }).expect(201);
    const id = res.body.created[0].id;
    const first = tokenOf(linkIn((await smtp.waitFor((m) => m.to.includes(invitee.email))).text, '/invitation'));
    await admin.client.post(`/api/invitations/${id}/remind`).expect(200);
    await new Promise((r) => setTimeout(r, 200));
    const mails = smtp.mails.filter((m) => m.to.includes(invitee.email));
    expect(mails).toHaveLength(2);
    const second = tokenOf(linkIn(mails[1].text, '/invitation'));
    await (await t.client()).post('/api/invitations/preview', { token: first }).expect(410);
    await (await t.client()).post('/api/invitations/preview', { token: second }).expect(200);

    await admin.client.post(`/api/invitations/${id}/revoke`).expect(200);
    const refused = await (
      await t.client('en')
    )
      .post('/api/invitations/accept', { token: second, password: PASSWORD, acceptPrivacy: true })
      .expect(410);
    expect(refused.body.error).toMatchObject({ code: 'invitations.unusable', message: expect.stringContaining('revoked') });
    expect((await admin.client.get(`/api/invitations?state=revoked`).expect(200)).body.items[0].email).toBe(invitee.email);

    const other = { ...invitee, email: 'late@example.org' };
    await admin.client.post('/api/invitations', { targetType: 'platform', invitees: [other] }).expect(201);
    const late = tokenOf(linkIn((await smtp.waitFor((m) => m.to.includes(other.email))).text, '/invitation'));
    await t.db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE email = $1`, [other.email]);
    await (await t.client()).post('/api/invitations/accept', { token: late, password: PASSWORD, acceptPrivacy: true }).expect(410);
    const expired = (await admin.client.get(`/api/invitations?state=expired`).expect(200)).body.items;
    expect(expired.map((i: { email: string }) => i.email)).toEqual([other.email]);
  });

  it('an existing account signs in and attaches the invitation to an organisation', async () => {
    const official = await signUpAs(t, 'official');
    const person = await signUp(t);
    const org = (
      await person.client
        .post('/api/organisations', { name: 'Fundació Mediterrània', category: 'civil_society', country: 'ES' })
        .expect(201)
    ).body;
    const newcomer = await signUp(t);
    await official.client
      .post('/api/invitations', {
        targetType: 'organisation',
        targetId: org.id,
        invitees: [{ name: 'Pere', email: newcomer.email, category: 'resident', country: 'ES', language: 'ca' }],
      })
      .expect(201);
    const token = tokenOf(
      linkIn((await smtp.waitFor((m) => m.to.includes(newcomer.email) && m.text.includes('/invitation'))).text, '/invitation'),
    );
    const preview = await (await t.client()).post('/api/invitations/preview', { token }).expect(200);
    expect(preview.body).toMatchObject({ accountExists: true, targetTitle: 'Fundació Mediterrània' });
    await (await t.client()).post('/api/invitations/accept', { token, password: PASSWORD, acceptPrivacy: true }).expect(409);
    await newcomer.client.post('/api/invitations/accept', { token }).expect(200);
    const mine = (await newcomer.client.get('/api/me/organisations').expect(200)).body.items;
    expect(mine.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([[org.id, 'active']]);
  });

  it('participants cannot invite, list or revoke; a target that does not exist is refused', async () => {
    const participant = await signUp(t);
    const official = await signUpAs(t, 'official');
    const invitee = { name: 'Someone', email: 'someone@example.org', category: 'resident', country: 'ES', language: 'es' };
    await participant.client.post('/api/invitations', { targetType: 'platform', invitees: [invitee] }).expect(403);
    await participant.client.post('/api/invitations/import', { targetType: 'platform', csv: CSV }).expect(403);
    await participant.client.get('/api/invitations').expect(403);
    const created = (await official.client.post('/api/invitations', { targetType: 'platform', invitees: [invitee] }).expect(201)).body
      .created[0];
    await participant.client.post(`/api/invitations/${created.id}/revoke`).expect(403);
    await participant.client.post(`/api/invitations/${created.id}/remind`).expect(403);
    await official.client
      .post('/api/invitations', { targetType: 'room', targetId: '00000000-0000-4000-8000-000000000000', invitees: [invitee] })
      .expect(422);
    await official.client.post('/api/invitations', { targetType: 'room', invitees: [invitee] }).expect(422);
    const broken = await official.client
      .post('/api/invitations/import', { targetType: 'platform', csv: 'name,email\n"unclosed' })
      .expect(422);
    expect(broken.body.error.code).toBe('invitations.csv_invalid');
  });
});
