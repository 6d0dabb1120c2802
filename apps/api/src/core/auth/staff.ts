import type { Role } from '@polyphony/contracts';

/**
 * The city's staff: administrators and officials. Every policy asks this one question before its
 * own rules (facilitators, authors, members), so that a new staff role is added in one place.
 */
export function isStaff(user: { role: Role } | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'official';
}
