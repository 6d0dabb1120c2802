import { z } from 'zod';
import { emailSchema, passwordSchema } from '../auth/auth.contracts';
import { pageQuerySchema } from '../common/pagination';

/** What a single-use account link is for. */
export const ACCOUNT_TOKEN_PURPOSES = ['password_reset', 'email_verify', 'email_change', 'sign_in'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

const tokenSchema = z.string().trim().min(20).max(100);

export const forgotPasswordRequestSchema = z.object({ email: emailSchema }).strict();
export type ForgotPasswordRequest = z.infer<typeof forgotPasswordRequestSchema>;

export const resetPasswordRequestSchema = z.object({ token: tokenSchema, password: passwordSchema }).strict();
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

/** Verifying an address, confirming a new one, or a one-time sign-in: the token alone. */
export const tokenRequestSchema = z.object({ token: tokenSchema }).strict();
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

export const changeEmailRequestSchema = z.object({ newEmail: emailSchema, password: z.string().min(1).max(200) }).strict();
export type ChangeEmailRequest = z.infer<typeof changeEmailRequestSchema>;

/** An admin hands a link over by hand (no mail server, or the person lost access). */
export const adminLinkRequestSchema = z.object({ purpose: z.enum(['sign_in', 'password_reset']) }).strict();
export type AdminLinkRequest = z.infer<typeof adminLinkRequestSchema>;
export interface AdminLinkResponse {
  url: string;
  expiresAt: string;
}

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}
export const outboxQuerySchema = pageQuerySchema.extend({ to: z.string().trim().max(254).optional() }).strict();
export type OutboxQuery = z.input<typeof outboxQuerySchema>;

/** How the platform sends e-mail, for the admins' page. */
export interface MailStatus {
  smtpConfigured: boolean;
  /** Without a mail server, e-mails are kept in the outbox for admins. */
  outbox: boolean;
  production: boolean;
}

export const accountSettingsSchema = z.object({ unverifiedMayContribute: z.boolean() }).strict();
export type AccountSettings = z.infer<typeof accountSettingsSchema>;

/** Single sign-on as the sign-in page shows it. */
export interface SsoStatus {
  enabled: boolean;
  label: string | null;
}

// Administration of people

export const blockUserRequestSchema = z.object({ reason: z.string().trim().min(3).max(500) }).strict();
export type BlockUserRequest = z.infer<typeof blockUserRequestSchema>;

export const AUDIT_ACTIONS = [
  'user.role_changed',
  'user.blocked',
  'user.unblocked',
  'user.link_issued',
  'user.password_reset',
  'user.email_changed',
  'settings.accounts_changed',
  'invitation.sent',
  'invitation.revoked',
  'invitation.accepted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditQuerySchema = pageQuerySchema
  .extend({
    /** The actor's id, or part of their name or e-mail. */
    actor: z.string().trim().min(1).max(100).optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .strict();
export type AuditQuery = z.input<typeof auditQuerySchema>;

export interface AuditEntry {
  id: string;
  action: AuditAction;
  actor: { id: string; displayName: string } | null;
  target: { id: string; displayName: string } | null;
  details: Record<string, unknown>;
  createdAt: string;
}
