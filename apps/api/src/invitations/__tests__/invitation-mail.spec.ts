import { invitationMail } from '../invitation-mail';
import type { InvitationEntity } from '../invitation.entity';

const invitation = {
  email: 'tane@auckland.example',
  name: 'Tane',
  language: 'fr',
  targetType: 'platform',
  organisationName: null,
  expiresAt: new Date('2026-12-31T23:30:00Z'),
} as unknown as InvitationEntity;
const ctx = {
  inviter: 'Léa',
  territory: 'Auckland',
  title: null,
  link: 'https://x.example/invitation?token=t',
  platform: 'https://x.example',
};

describe('the invitation e-mail', () => {
  it('dates the expiry in the territory’s time zone, not the server’s', () => {
    expect(invitationMail(invitation, { ...ctx, timeZone: 'Pacific/Auckland' }).text).toContain('1 janvier 2027');
    expect(invitationMail(invitation, { ...ctx, timeZone: 'UTC' }).text).toContain('31 décembre 2026');
  });
});
