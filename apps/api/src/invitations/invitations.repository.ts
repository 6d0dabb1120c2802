import type { EntityManager } from 'typeorm';
import type { InvitationTarget, Language, invitationListQuerySchema } from '@polyphony/contracts';
import { decodeCursor, toPage } from '../core/http/cursor';
import { MembershipEntity } from '../organisations/membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { InvitationEntity } from './invitation.entity';
import { toInvitation } from './invitations.mapper';
import type { Parsed } from '../core/errors/zod-validation';
import { keysetPage } from '../core/database/keyset-page';
import type { NewAccount } from '../auth/accounts.repository';

/** The state as the official reads it, computed from the timestamps. */
export const STATE_SQL = `CASE WHEN i.revoked_at IS NOT NULL THEN 'revoked' WHEN i.accepted_at IS NOT NULL THEN 'accepted'
  WHEN i.expires_at <= now() THEN 'expired' WHEN i.opened_at IS NOT NULL THEN 'opened' ELSE 'sent' END`;

/** A new invitation's columns (its link only as a hash). */
export type NewInvitation = Pick<
  InvitationEntity,
  | 'tokenHash'
  | 'email'
  | 'name'
  | 'organisationName'
  | 'organisationId'
  | 'category'
  | 'country'
  | 'language'
  | 'targetType'
  | 'targetId'
  | 'invitedBy'
  | 'sentAt'
  | 'expiresAt'
>;

/** A new link for an invitation, sent again. */
export type InvitationRenewal = Pick<InvitationEntity, 'tokenHash' | 'remindedAt' | 'expiresAt'>;

/** What accepting an invitation records on it. */
export type InvitationAcceptance = Pick<InvitationEntity, 'acceptedAt' | 'acceptedUserId' | 'organisationId' | 'openedAt'>;

/** The account an invitation creates when the invitee has none: a new account whose e-mail the invitation verified. */
export type NewInvitedUser = Omit<NewAccount, 'originTerritory' | 'oidcSubject' | 'emailVerifiedAt'> & Pick<UserEntity, 'emailVerifiedAt'>;

/** The organisation an accepted invitation creates, with its creator as an active admin. */
export type NewInvitedOrganisation = Pick<OrganisationEntity, 'name' | 'slug' | 'category' | 'country'> & { createdById: string };

/** All of the invitations feature's SQL; built on the caller's manager (`new InvitationsRepository(manager)`). */
export class InvitationsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The invitations' TypeORM repository, on the same manager. */
  private repo() {
    return this.manager.getRepository(InvitationEntity);
  }

  async findById(id: string): Promise<InvitationEntity | null> {
    return this.repo().findOneBy({ id });
  }

  async findByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.repo().findOneBy({ tokenHash });
  }

  /** The invitation of a link, locked until the end of the transaction (accepted once). */
  async lockByTokenHash(tokenHash: string): Promise<InvitationEntity | null> {
    return this.repo().findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(invitation: NewInvitation): Promise<InvitationEntity> {
    return this.repo().save(this.repo().create(invitation));
  }

  async renew(id: string, renewal: InvitationRenewal): Promise<void> {
    await this.repo().update({ id }, renewal);
  }

  async markOpened(id: string, openedAt: Date): Promise<void> {
    await this.repo().update({ id }, { openedAt });
  }

  async markRevoked(id: string, revokedAt: Date): Promise<void> {
    await this.repo().update({ id }, { revokedAt });
  }

  async markAccepted(id: string, acceptance: InvitationAcceptance): Promise<void> {
    await this.repo().update({ id }, acceptance);
  }

  /** Whether a person on the platform has this address. */
  async accountExists(email: string): Promise<boolean> {
    return this.manager.getRepository(UserEntity).exists({ where: { email } });
  }

  async insertUser(user: NewInvitedUser): Promise<UserEntity> {
    const users = this.manager.getRepository(UserEntity);
    return users.save(users.create(user));
  }

  /** Creates the organisation and makes its creator an active admin; answers its id. */
  async insertOrganisation(organisation: NewInvitedOrganisation): Promise<string> {
    const orgs = this.manager.getRepository(OrganisationEntity);
    const org = await orgs.save(orgs.create(organisation));
    await this.manager
      .getRepository(MembershipEntity)
      .insert({ organisationId: org.id, userId: organisation.createdById, role: 'admin', status: 'active', decidedAt: new Date() });
    return org.id;
  }

  /** Newest first, filtered by target and state (keyset on created_at, id). */
  async list(query: Parsed<typeof invitationListQuerySchema>) {
    const qb = this.repo().createQueryBuilder('i');
    if (query.targetType) qb.andWhere('i.target_type = :type', { type: query.targetType });
    if (query.targetId) qb.andWhere('i.target_id = :id', { id: query.targetId });
    if (query.state) qb.andWhere(`(${STATE_SQL}) = :state`, { state: query.state });
    const after = decodeCursor(query.cursor, 2);
    const rows = await keysetPage(qb, { alias: 'i', column: 'created_at', after, limit: query.limit, direction: 'DESC' }).getMany();
    const page = toPage(rows, query.limit, (i) => [i.createdAt.toISOString(), i.id]);
    return { items: page.items.map(toInvitation), nextCursor: page.nextCursor };
  }

  /** Pending invitations of the same address to the same place (an address is invited once). */
  async pendingEmails(targetType: InvitationTarget, targetId: string | null, emails: string[]): Promise<Set<string>> {
    const rows: { email: string }[] = await this.manager.query(
      `SELECT email FROM invitations WHERE target_type = $1 AND target_id IS NOT DISTINCT FROM $2 AND email = ANY($3)
       AND revoked_at IS NULL AND accepted_at IS NULL AND expires_at > now()`,
      [targetType, targetId, emails],
    );
    return new Set(rows.map((r) => r.email));
  }

  /** The title of what people are invited to, in a language (null when it does not exist). */
  async targetTitle(targetType: InvitationTarget, targetId: string | null, lang: Language): Promise<string | null | undefined> {
    if (targetType === 'platform') return null;
    const table = { interviews: 'consultations', room: 'rooms', organisation: 'organisations' }[targetType];
    const column = targetType === 'organisation' ? 'to_jsonb(name)' : 'title';
    const [row] = await this.manager.query(`SELECT ${column} AS title FROM ${table} WHERE id = $1`, [targetId]);
    if (!row) return undefined;
    if (typeof row.title === 'string') return row.title;
    const title = row.title as Record<string, string>;
    return title[lang] ?? Object.values(title).find(Boolean) ?? '';
  }

  /** The territory's name in `lang` and its time zone (before setup: the platform's name, UTC). */
  async territory(lang: Language): Promise<{ name: string; timeZone: string }> {
    const [row] = await this.manager.query(`SELECT name, time_zone FROM territories ORDER BY created_at LIMIT 1`).catch(() => []);
    const name = row?.name;
    const timeZone: string = row?.time_zone ?? 'UTC';
    if (!name) return { name: 'Polyphony', timeZone };
    return { name: typeof name === 'string' ? name : (name[lang] ?? Object.values(name).find(Boolean) ?? 'Polyphony'), timeZone };
  }

  /**
   * Institutions invited to a consultation's interviews and not heard yet: no visible
   * contribution from the invitee or their organisation, no attended interview.
   */
  async notYetHeard(consultationId: string) {
    const rows = await this.repo()
      .createQueryBuilder('i')
      .where(`i.target_type = 'interviews' AND i.target_id = :id AND i.revoked_at IS NULL`, { id: consultationId })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM contributions c WHERE c.consultation_id = :id AND c.hidden_at IS NULL
           AND ((i.accepted_user_id IS NOT NULL AND c.author_user_id = i.accepted_user_id)
             OR (i.organisation_id IS NOT NULL AND c.author_organisation_id = i.organisation_id)))`,
      )
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM interview_invitees ii JOIN interviews iv ON iv.id = ii.interview_id
           WHERE iv.consultation_id = :id AND ii.attended AND ii.organisation_id = i.organisation_id)`,
      )
      .orderBy('coalesce(i.organisation_name, i.name)')
      .addOrderBy('i.created_at')
      .limit(500)
      .getMany();
    return rows.map(toInvitation);
  }

  /** An organisation on the platform by its name (case aside). */
  async organisationByName(name: string): Promise<string | null> {
    const [row] = await this.manager.query(`SELECT id FROM organisations WHERE lower(name) = lower($1) LIMIT 1`, [name]);
    return row?.id ?? null;
  }

  /** Makes the person an active member of the organisation (again, when they had left or been refused). */
  async join(organisationId: string, userId: string): Promise<void> {
    await this.manager.query(
      `INSERT INTO organisation_memberships (organisation_id, user_id, role, status, decided_at) VALUES ($1, $2, 'member', 'active', now())
       ON CONFLICT (organisation_id, user_id) DO UPDATE SET status = 'active', decided_at = now()`,
      [organisationId, userId],
    );
  }

  /** Adds the organisation to the room's invited organisations (once). */
  async inviteOrganisationToRoom(roomId: string | null, organisationId: string): Promise<void> {
    await this.manager.query(
      `UPDATE rooms SET invited_organisation_ids = invited_organisation_ids || to_jsonb($2::text)
           WHERE id = $1 AND NOT invited_organisation_ids ? $2`,
      [roomId, organisationId],
    );
  }
}
