import { z } from 'zod';

/** Who takes part (DOMAIN.md). Every person and organisation belongs to one category. */
export const STAKEHOLDER_CATEGORIES = [
  'resident',
  'civil_society',
  'academia',
  'private_sector',
  'diaspora',
  'public_institution',
  'international',
  'official',
] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];
export const stakeholderCategorySchema = z.enum(STAKEHOLDER_CATEGORIES);

/** Organisations are never "resident" or "official": those describe people. */
export const ORGANISATION_CATEGORIES = [
  'civil_society',
  'academia',
  'private_sector',
  'diaspora',
  'public_institution',
  'international',
] as const;
export type OrganisationCategory = (typeof ORGANISATION_CATEGORIES)[number];
export const organisationCategorySchema = z.enum(ORGANISATION_CATEGORIES);

/** Platform-wide roles; `facilitator` is granted per consultation, not here. */
export const ROLES = ['admin', 'official', 'participant'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/**
 * The city's staff: administrators and officials. Every policy (and every staff-only page) asks this one
 * question before its own rules (facilitators, authors, members), so that a new staff role is added in one place.
 */
export function isStaff(user: { role: Role } | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'official';
}
