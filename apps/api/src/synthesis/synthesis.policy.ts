import type { ConsultationStatus } from '@polyphony/contracts';
import type { UserEntity } from '../users/user.entity';
import { isStaff } from '../core/auth/staff';

/**
 * Who may do what with synthesis. `facilitator` means a facilitator of the consultation at hand
 * (ConsultationsService.isFacilitator); officials are admins and officials.
 */
export const SynthesisPolicy = {
  /** Start runs, see runs, themes and the live panel of a room: officials and the consultation's facilitators. */
  canRun: (user: UserEntity | undefined, isFacilitator: boolean) => isStaff(user) || isFacilitator,
  canSeeWorkspace: (user: UserEntity | undefined, isFacilitator: boolean) => isStaff(user) || isFacilitator,
  /** Rename, merge and split themes: officials. */
  canEditThemes: (user?: UserEntity) => isStaff(user),
  /** Write statements or promote contributions to statements: officials and facilitators. */
  canCreateStatements: (user: UserEntity | undefined, isFacilitator: boolean) => isStaff(user) || isFacilitator,
  /** Moderation-light: officials hide statements (kept, votes too, but out of voting and maps). */
  canHideStatements: (user?: UserEntity) => isStaff(user),
  /** Bring a past Polis conversation in: officials. */
  canImportPolis: (user?: UserEntity) => isStaff(user),
  /** Anyone signed in votes while the consultation is published. */
  canVote: (user: UserEntity | undefined, status: ConsultationStatus) => Boolean(user) && status === 'published',
  /** Hidden statements are listed for those who may hide them. */
  canSeeHidden: (user?: UserEntity) => isStaff(user),
};
