import { z } from 'zod';
import { roleSchema, stakeholderCategorySchema } from '../common/stakeholders';
import { pageQuerySchema } from '../common/pagination';

export const setRoleRequestSchema = z.object({ role: roleSchema }).strict();
export type SetRoleRequest = z.infer<typeof setRoleRequestSchema>;

export const userListQuerySchema = pageQuerySchema
  .extend({
    q: z.string().trim().max(100).optional(),
    role: roleSchema.optional(),
    category: stakeholderCategorySchema.optional(),
  })
  .strict();
export type UserListQuery = z.input<typeof userListQuerySchema>;

/** What officials and admins see of a person (no e-mail except for admins). */
export const userSummarySchema = z.object({
  id: z.string().uuid(),
  displayName: z.string(),
  category: stakeholderCategorySchema,
  country: z.string(),
  role: roleSchema,
  email: z.string().optional(),
  emailVerified: z.boolean(),
  /** When and why an admin blocked the account (admins only). */
  blockedAt: z.string().nullable().optional(),
  blockedReason: z.string().nullable().optional(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

/** The personal data export (GDPR art. 15/20): everything we hold about the person. */
export interface PersonalDataExport {
  exportedAt: string;
  profile: Record<string, unknown>;
  memberships: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
  [section: string]: unknown;
}
