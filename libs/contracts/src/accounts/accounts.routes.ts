import { route } from '../common/routes';
import {
  accountSettingsSchema,
  adminLinkRequestSchema,
  auditQuerySchema,
  changeEmailRequestSchema,
  forgotPasswordRequestSchema,
  outboxQuerySchema,
  resetPasswordRequestSchema,
  tokenRequestSchema,
} from './accounts.contracts';
import {
  acceptInvitationRequestSchema,
  createInvitationsRequestSchema,
  importInvitationsRequestSchema,
  invitationListQuerySchema,
} from './invitations.contracts';
import type { Page } from '../common/pagination';
import type { AccountSettings, AdminLinkResponse, AuditEntry, MailStatus, OutboxMail } from './accounts.contracts';
import type { Invitation, InvitationPreview, InvitationsCreated } from './invitations.contracts';
import type { Me } from '../auth/auth.contracts';

/** AuditController (audit/audit.controller.ts). */
export const AUDIT_ROUTES = {
  list: route('GET', '/admin/audit', { query: auditQuerySchema }).returns<Page<AuditEntry>>(),
} as const;

/** AccountsController (auth/accounts.controller.ts). */
export const ACCOUNTS_ROUTES = {
  forgot: route('POST', '/auth/password/forgot', { body: forgotPasswordRequestSchema }).returns<void>(),
  reset: route('POST', '/auth/password/reset', { body: resetPasswordRequestSchema }).returns<void>(),
  verify: route('POST', '/auth/email/verify', { body: tokenRequestSchema }).returns<void>(),
  confirm: route('POST', '/auth/email/confirm', { body: tokenRequestSchema }).returns<void>(),
  signInWithLink: route('POST', '/auth/link', { body: tokenRequestSchema }).returns<Me>(),
  resend: route('POST', '/me/email/verification').returns<void>(),
  requestEmailChange: route('POST', '/me/email', { body: changeEmailRequestSchema }).returns<{ pendingEmail: string }>(),
} as const;

/** AccountsAdminController (auth/accounts.controller.ts). */
export const ACCOUNTS_ADMIN_ROUTES = {
  mailStatus: route('GET', '/admin/mail').returns<MailStatus>(),
  listOutbox: route('GET', '/admin/outbox', { query: outboxQuerySchema }).returns<Page<OutboxMail>>(),
  getSettings: route('GET', '/admin/account-settings').returns<AccountSettings>(),
  putSettings: route('PUT', '/admin/account-settings', { body: accountSettingsSchema }).returns<AccountSettings>(),
  issueLink: route('POST', '/admin/users/:id/link', { body: adminLinkRequestSchema }).returns<AdminLinkResponse>(),
} as const;

/** InvitationsController (invitations/invitations.controller.ts). */
export const INVITATIONS_ROUTES = {
  create: route('POST', '/invitations', { body: createInvitationsRequestSchema }).returns<InvitationsCreated>(),
  import: route('POST', '/invitations/import', { body: importInvitationsRequestSchema }).returns<InvitationsCreated>(),
  list: route('GET', '/invitations', { query: invitationListQuerySchema }).returns<Page<Invitation>>(),
  remind: route('POST', '/invitations/:id/remind').returns<Invitation>(),
  revoke: route('POST', '/invitations/:id/revoke').returns<Invitation>(),
  notYetHeard: route('GET', '/consultations/:id/invitations/not-yet-heard').returns<{ items: Invitation[] }>(),
  preview: route('POST', '/invitations/preview', { body: tokenRequestSchema }).returns<InvitationPreview>(),
  accept: route('POST', '/invitations/accept', { body: acceptInvitationRequestSchema }).returns<{ me: Me; invitation: Invitation }>(),
} as const;
