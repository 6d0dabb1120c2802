import type { UserEntity } from '../users/user.entity';
import type { MembershipEntity } from './membership.entity';

/** Who may do what with an organisation, given the actor's membership (if any). */
export const OrganisationsPolicy = {
  /** Edit the profile, answer join requests, remove members. */
  canManage: (actor: UserEntity, membership?: MembershipEntity | null) =>
    actor.role === 'admin' || (membership?.status === 'active' && membership.role === 'admin'),
  /** Speak, co-sign or endorse in the organisation's name. */
  canActFor: (_actor: UserEntity, membership?: MembershipEntity | null) => membership?.status === 'active',
  /** See pending requests and members' messages. */
  canSeeRequests: (actor: UserEntity | undefined, membership?: MembershipEntity | null) =>
    Boolean(actor) && OrganisationsPolicy.canManage(actor!, membership),
};
