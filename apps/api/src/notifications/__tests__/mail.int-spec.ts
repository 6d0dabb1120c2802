import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { startSmtp, type TestSmtp } from '../../../test-support/smtp';
import { cast, submitted } from '../../proposals/__tests__/proposal-kit';

describe('notifications by e-mail when SMTP_URL is set (a real SMTP server)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Polyphony <plan@city.example>' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('an official answer is e-mailed to the co-authors in their language', async () => {
    const { author, official } = await cast(t);
    const p = await submitted(author.client, { title: 'Xarxa metropolitana de cooperació' });
    await official.client.post(`/api/proposals/${p.id}/status`, { status: 'under_evaluation' }).expect(200);
    const mail = await smtp.waitFor((m) => m.to.includes(author.email) && m.text.includes(`/proposals/${p.id}`));
    expect(mail.from).toContain('plan@city.example');
    // The author registered in Catalan (fixtures): subject and body in Catalan, status translated.
    expect(mail.text).toContain('«Xarxa metropolitana de cooperació» està ara: En avaluació');
    const [row] = await t.db.query(`SELECT emailed_at FROM notifications WHERE user_id = $1 AND kind = 'proposal_status'`, [author.id]);
    expect(row.emailed_at).toBeTruthy();
    // With a mail server, nothing is kept in the outbox.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM outbox_mails`)).toEqual([{ n: 0 }]);
  });
});
