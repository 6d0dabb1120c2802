import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { cast, submitted } from '../../proposals/__tests__/proposal-kit';

/** A minimal SMTP server that keeps what it receives. */
function fakeSmtp(): Promise<{ server: Server; port: number; mails: string[] }> {
  const mails: string[] = [];
  const server = createServer((socket) => {
    let data = false;
    let buffer = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      if (data) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        mails.push(buffer.slice(0, end));
        buffer = buffer.slice(end + 5);
        data = false;
        socket.write('250 OK\r\n');
      }
      let nl: number;
      while (!data && (nl = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake\r\n');
        else if (verb === 'DATA') {
          data = true;
          socket.write('354 go on\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, mails })),
  );
}

describe('notifications by e-mail when SMTP_URL is set', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
  beforeAll(async () => {
    smtp = await fakeSmtp();
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Polyphony <plan@city.example>' });
  });
  afterAll(async () => {
    await t.close();
    smtp.server.close();
  });

  it('an official answer is e-mailed to the co-authors in their language', async () => {
    const { author, official } = await cast(t);
    const p = await submitted(author.client, { title: 'Xarxa metropolitana de cooperació' });
    await official.client.post(`/api/proposals/${p.id}/status`, { status: 'under_evaluation' }).expect(200);
    for (let i = 0; i < 50 && !smtp.mails.length; i++) await new Promise((r) => setTimeout(r, 50));
    const mail = smtp.mails.find((m) => m.includes(author.email))!;
    expect(mail).toBeDefined();
    expect(mail).toContain('plan@city.example');
    // The author registered in Catalan (fixtures): subject and body in Catalan, status translated.
    const body = mail.slice(mail.indexOf('\r\n\r\n'));
    const decoded = Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
    expect(decoded).toContain('«Xarxa metropolitana de cooperació» està ara: En avaluació');
    expect(decoded).toContain(`/proposals/${p.id}`);
    const [row] = await t.db.query(`SELECT emailed_at FROM notifications WHERE user_id = $1 AND kind = 'proposal_status'`, [author.id]);
    expect(row.emailed_at).toBeTruthy();
  });
});
