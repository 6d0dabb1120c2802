import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { linkIn, startSmtp, tokenOf, type TestSmtp } from '../../../test-support/smtp';
import { SESSION_COOKIE } from '../../core/auth/cookies';
import { call, closeSockets, connect, ok, openRoom, person } from '../../rooms/__tests__/room-test-kit';

/**
 * An invitation to a closed room lets the person in even when they come on their own (no
 * organisation to add to the room's invited ones), and nobody else (issue 14, item 5).
 */
describe('invitation to a closed room (real SMTP server, real socket.io client)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    closeSockets();
    await t.close();
    await smtp.close();
  });

  it('the invitee enters the room after accepting; another resident still cannot', async () => {
    const official = await person(t, 'official', 'official');
    const { roomId } = await openRoom(t, official, null, { access: 'invited', invitedCategories: ['diaspora'] });
    const email = 'khadija@quartier-nord.example';
    await official.client
      .post('/api/invitations', {
        targetType: 'room',
        targetId: roomId,
        invitees: [{ name: 'Khadija Benali', email, category: 'resident', country: 'FR', language: 'fr' }],
      })
      .expect(201);
    const token = tokenOf(linkIn((await smtp.waitFor((m) => m.to.includes(email))).text, '/invitation'));

    const anonymous = await t.client();
    expect((await anonymous.get(`/api/rooms/${roomId}`).expect(200)).body.can.enter).toBe(false);
    const accepted = await anonymous
      .post('/api/invitations/accept', { token, password: 'une phrase de passe', acceptPrivacy: true })
      .expect(200);
    expect((await anonymous.get('/api/me/organisations').expect(200)).body.items).toEqual([]);
    expect((await anonymous.get(`/api/rooms/${roomId}`).expect(200)).body.can).toMatchObject({ enter: true, post: true });
    const listed = (await anonymous.get(`/api/rooms`).expect(200)).body.items.find((r: { id: string }) => r.id === roomId);
    expect(listed?.can.enter).toBe(true);

    const cookie = String(accepted.get('Set-Cookie'))
      .split(/,(?=\s*\w+=)/)
      .map((c) => c.split(';')[0].trim())
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    const socket = await connect(t, { id: '', client: anonymous, cookie, displayName: 'Khadija Benali' });
    await ok(socket, 'room:join', { roomId });

    const outsider = await person(t, 'participant', 'resident', 'Voisin');
    expect((await outsider.client.get(`/api/rooms/${roomId}`).expect(200)).body.can.enter).toBe(false);
    const refused = await call(await connect(t, outsider), 'room:join', { roomId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
