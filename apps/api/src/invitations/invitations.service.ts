import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { DataSource, EntityManager } from 'typeorm';
import {
  ORGANISATION_CATEGORIES,
  PRIVACY_TERMS_VERSION,
  invitationInviteeSchema,
  type AcceptInvitationRequest,
  type InvitationInvitee,
  type InvitationLineError,
  type InvitationPreview,
  type InvitationTarget,
  type InvitationsCreated,
  type Language,
  type OrganisationCategory,
  type invitationListQuerySchema,
} from '@polyphony/contracts';
import { translate } from '@polyphony/i18n';
import { ENV, type Env } from '../core/config/env';
import { AppError } from '../core/errors/app-error';
import { zodIssuesToFields } from '../core/errors/zod-issues';
import { AuditService } from '../audit/audit.service';
import { publicUrl } from '../auth/account-links';
import { hashPassword } from '../auth/passwords';
import { hashToken, SessionsService } from '../auth/sessions.service';
import { MailerService } from '../notifications/mailer.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { uniqueSlug } from '../core/text/slug';
import type { UserEntity } from '../users/user.entity';
import type { InvitationEntity } from './invitation.entity';
import { invitationMail } from './invitation-mail';
import { InvitationsRepository } from './invitations.repository';
import { stateOf, toInvitation } from './invitations.mapper';
import type { Parsed } from '../core/errors/zod-validation';

const VALID_DAYS = 14;
const validUntil = () => new Date(Date.now() + VALID_DAYS * 24 * 3600 * 1000);

interface Target {
  targetType: InvitationTarget;
  targetId?: string | null;
}

/** Invitations by e-mail: one by one or from CSV, followed, reminded, revoked, accepted. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailer: MailerService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async create(actor: UserEntity, target: Target, invitees: InvitationInvitee[], lang: Language): Promise<InvitationsCreated> {
    const targetId = target.targetType === 'platform' ? null : (target.targetId ?? null);
    if ((await this.invitations().targetTitle(target.targetType, targetId, lang)) === undefined) {
      throw AppError.validation([{ path: 'targetId', code: 'invalid' }]);
    }
    const errors: InvitationLineError[] = [];
    const created: InvitationEntity[] = [];
    const links = new Map<string, string>();
    await this.db.transaction(async (manager) => {
      const repo = new InvitationsRepository(manager);
      const pending = await repo.pendingEmails(
        target.targetType,
        targetId,
        invitees.map((i) => i.email.toLowerCase()),
      );
      const seen = new Set<string>();
      for (const [index, invitee] of invitees.entries()) {
        const email = invitee.email.toLowerCase();
        if (pending.has(email) || seen.has(email)) {
          errors.push({ line: index + 2, field: 'email', message: translate(lang, 'accounts:invitations.alreadyInvited') });
          continue;
        }
        seen.add(email);
        const token = randomBytes(32).toString('base64url');
        const organisation = invitee.organisation?.trim() || null;
        const row = await repo.insert({
          tokenHash: hashToken(token),
          email,
          name: invitee.name,
          organisationName: organisation,
          organisationId: target.targetType === 'organisation' ? targetId : await this.findOrganisation(manager, organisation),
          category: invitee.category,
          country: invitee.country,
          language: invitee.language,
          targetType: target.targetType,
          targetId,
          invitedBy: actor.id,
          sentAt: new Date(),
          expiresAt: validUntil(),
        });
        links.set(row.id, token);
        created.push(row);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'invitation.sent',
          details: { email, targetType: target.targetType, targetId },
        });
      }
    });
    for (const row of created) await this.send(actor, row, links.get(row.id)!);
    return { created: created.map(toInvitation), errors };
  }

  /** A CSV file (name, email, organisation, category, country, language): valid lines are invited, the others reported. */
  async importCsv(actor: UserEntity, target: Target, csv: string, lang: Language): Promise<InvitationsCreated> {
    let records: Record<string, string>[];
    try {
      records = parse(csv, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        bom: true,
      });
    } catch (error) {
      throw new AppError('invitations.csv_invalid', {
        fields: [{ path: 'csv', code: 'invalid' }],
        params: {
          reason: error instanceof Error ? error.message : '',
        },
      });
    }
    const valid: { line: number; invitee: InvitationInvitee }[] = [];
    const errors: InvitationLineError[] = [];
    records.forEach((record, index) => {
      const line = index + 2;
      const parsed = invitationInviteeSchema.safeParse({
        name: record.name ?? '',
        email: record.email ?? '',
        organisation: record.organisation || null,
        category: record.category ?? '',
        country: (record.country ?? '').toUpperCase(),
        language: (record.language ?? '').toLowerCase(),
      });
      if (parsed.success) valid.push({ line, invitee: parsed.data });
      else
        for (const f of zodIssuesToFields(parsed.error.issues))
          errors.push({ line, field: f.path, message: translate(lang, `fields.${f.code}`, f.params) });
    });
    if (!valid.length) return { created: [], errors };
    const result = await this.create(
      actor,
      target,
      valid.map((v) => v.invitee),
      lang,
    );
    // `create` numbers its lines from its own list: map them back to the file's lines.
    const mapped = result.errors.map((e) => ({ ...e, line: valid[e.line - 2].line }));
    return { created: result.created, errors: [...errors, ...mapped].sort((a, b) => a.line - b.line) };
  }

  list(query: Parsed<typeof invitationListQuerySchema>) {
    return this.invitations().list(query);
  }

  notYetHeard(consultationId: string) {
    return this.invitations().notYetHeard(consultationId);
  }

  /** A new link (the old one stops working) and two more weeks. */
  async remind(actor: UserEntity, id: string) {
    const invitation = await this.invitations().findById(id);
    if (!invitation) throw AppError.notFound();
    if (invitation.revokedAt || invitation.acceptedAt) throw new AppError('invitations.unusable', { status: 409 });
    const token = randomBytes(32).toString('base64url');
    const renewal = { tokenHash: hashToken(token), remindedAt: new Date(), expiresAt: validUntil() };
    await this.invitations().renew(invitation.id, renewal);
    Object.assign(invitation, renewal);
    await this.send(actor, invitation, token);
    return toInvitation(invitation);
  }

  async revoke(actor: UserEntity, id: string) {
    return this.db.transaction(async (manager) => {
      const repo = new InvitationsRepository(manager);
      const invitation = await repo.findById(id);
      if (!invitation) throw AppError.notFound();
      if (invitation.acceptedAt) throw new AppError('invitations.unusable', { status: 409 });
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await repo.markRevoked(id, invitation.revokedAt);
        await this.audit.record(manager, { actorId: actor.id, action: 'invitation.revoked', details: { email: invitation.email } });
      }
      return toInvitation(invitation);
    });
  }

  /** What the link shows before anything is created; the first opening is recorded. */
  async preview(token: string, lang: Language): Promise<InvitationPreview> {
    const invitation = await this.usable(this.db.manager, token);
    if (!invitation.openedAt) await this.invitations().markOpened(invitation.id, new Date());
    const accountExists = await this.invitations().accountExists(invitation.email);
    return {
      name: invitation.name,
      email: invitation.email,
      organisation: invitation.organisationName,
      category: invitation.category,
      country: invitation.country,
      language: invitation.language,
      targetType: invitation.targetType,
      targetTitle: (await this.invitations().targetTitle(invitation.targetType, invitation.targetId, lang)) ?? null,
      accountExists,
    };
  }

  /**
   * Accepts: a signed-in person attaches it to their account; otherwise an account is created,
   * already verified (the link came to that address), with the invitation's category and language.
   */
  async accept(current: UserEntity | undefined, input: AcceptInvitationRequest, meta: { ip?: string; userAgent?: string }) {
    const passwordHash = current ? null : input.password ? await hashPassword(input.password) : null;
    return this.db.transaction(async (manager) => {
      const repo = new InvitationsRepository(manager);
      const invitation = await this.usable(manager, input.token, true);
      let user = current;
      let sessionToken: string | undefined;
      if (!user) {
        const fields = [
          ...(passwordHash ? [] : [{ path: 'password', code: 'required' as const }]),
          ...(input.acceptPrivacy ? [] : [{ path: 'acceptPrivacy', code: 'required' as const }]),
        ];
        if (fields.length) throw AppError.validation(fields);
        if (await repo.accountExists(invitation.email)) throw AppError.conflict('auth.email_taken', [{ path: 'email', code: 'invalid' }]);
        user = await repo.insertUser({
          email: invitation.email,
          passwordHash,
          displayName: input.displayName ?? invitation.name,
          preferredLanguage: invitation.language,
          category: invitation.category === 'official' ? 'resident' : invitation.category,
          country: invitation.country,
          role: 'participant',
          emailVerifiedAt: new Date(),
          privacyConsentAt: new Date(),
          privacyConsentVersion: PRIVACY_TERMS_VERSION,
        });
        sessionToken = await this.sessions.open(user.id, meta, manager);
      }
      const organisationId = invitation.organisationId ?? (await this.createOrganisation(manager, invitation, user.id));
      if (organisationId) await this.join(manager, organisationId, user.id);
      if (invitation.targetType === 'room' && organisationId) {
        await repo.inviteOrganisationToRoom(invitation.targetId, organisationId);
      }
      await repo.markAccepted(invitation.id, {
        acceptedAt: new Date(),
        acceptedUserId: user.id,
        organisationId,
        openedAt: invitation.openedAt ?? new Date(),
      });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'invitation.accepted',
        targetUserId: user.id,
        details: { invitationId: invitation.id },
      });
      return { user, sessionToken, invitation: { ...toInvitation(invitation), state: 'accepted' as const } };
    });
  }

  private async usable(manager: EntityManager, token: string, lock = false): Promise<InvitationEntity> {
    const repo = new InvitationsRepository(manager);
    const invitation = lock ? await repo.lockByTokenHash(hashToken(token)) : await repo.findByTokenHash(hashToken(token));
    if (!invitation || stateOf(invitation) === 'revoked' || stateOf(invitation) === 'accepted' || stateOf(invitation) === 'expired') {
      throw new AppError('invitations.unusable');
    }
    return invitation;
  }

  private async send(actor: UserEntity, invitation: InvitationEntity, token: string) {
    const lang = invitation.language;
    const link = `${publicUrl(this.env)}/invitation?token=${encodeURIComponent(token)}`;
    const title = (await this.invitations().targetTitle(invitation.targetType, invitation.targetId, lang)) ?? null;
    const territory = await this.invitations().territory(lang);
    await this.mailer.sendOrKeep(
      invitationMail(invitation, {
        inviter: actor.displayName,
        territory: territory.name,
        timeZone: territory.timeZone,
        title,
        link,
        platform: publicUrl(this.env),
      }),
    );
  }

  private async findOrganisation(manager: EntityManager, name: string | null): Promise<string | null> {
    if (!name) return null;
    return new InvitationsRepository(manager).organisationByName(name);
  }

  /** The invitee's organisation, created on acceptance when it is not on the platform yet. */
  private async createOrganisation(manager: EntityManager, invitation: InvitationEntity, userId: string): Promise<string | null> {
    if (!invitation.organisationName) return null;
    const existing = await this.findOrganisation(manager, invitation.organisationName);
    if (existing) return existing;
    const category = (ORGANISATION_CATEGORIES as readonly string[]).includes(invitation.category)
      ? (invitation.category as OrganisationCategory)
      : 'civil_society';
    const slug = await uniqueSlug(manager, OrganisationEntity, invitation.organisationName, 'organisation');
    return new InvitationsRepository(manager).insertOrganisation({
      name: invitation.organisationName,
      slug,
      category,
      country: invitation.country,
      createdById: userId,
    });
  }

  private async join(manager: EntityManager, organisationId: string, userId: string) {
    await new InvitationsRepository(manager).join(organisationId, userId);
  }

  private invitations() {
    return new InvitationsRepository(this.db.manager);
  }
}
