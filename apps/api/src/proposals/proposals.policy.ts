import { COMMENT_EDIT_WINDOW_MINUTES, PROPOSAL_TRANSITIONS, type ProposalStatus } from '@polyphony/contracts';
import type { UserEntity } from '../users/user.entity';
import { isStaff } from '../core/auth/staff';

/** How the viewer stands to a proposal (computed from its co-author rows). */
export interface ProposalRelation {
  /** Author, or a co-author who accepted (for an organisation: the member who answered). */
  editor: boolean;
  /** Invited (whatever the answer) or editor: may read the draft. */
  involved: boolean;
}

interface ProposalState {
  status: ProposalStatus;
  hiddenAt: Date | null;
}

const OPEN_FOR_SUPPORT: ProposalStatus[] = ['submitted', 'under_evaluation'];

/** Who may do what with proposals; tested as a matrix over roles and relations. */
export const ProposalsPolicy = {
  /** Drafts: their authors, invitees and admins. Hidden ones: authors and officials. */
  canSee: (user: UserEntity | undefined, p: ProposalState, rel: ProposalRelation) => {
    if (p.status === 'draft') return rel.involved || user?.role === 'admin';
    return !p.hiddenAt || rel.involved || isStaff(user);
  },
  canCreate: (user?: UserEntity) => Boolean(user),
  /** Only co-authors edit, and only while the proposal is a draft (the same rule for inviting and submitting). */
  canEdit: (user: UserEntity | undefined, p: ProposalState, rel: ProposalRelation) => Boolean(user) && p.status === 'draft' && rel.editor,
  /** The co-author search (names of people and organisations): those who may invite, i.e. editors of a draft. */
  canSearchCoauthors: (user: UserEntity | undefined, p: ProposalState, rel: ProposalRelation) =>
    Boolean(user) && p.status === 'draft' && rel.editor,
  canSupport: (user: UserEntity | undefined, p: ProposalState) => Boolean(user) && OPEN_FOR_SUPPORT.includes(p.status) && !p.hiddenAt,
  canComment: (user: UserEntity | undefined, p: ProposalState) => Boolean(user) && p.status !== 'draft' && !p.hiddenAt,
  /** Official answers: officials and admins only. */
  canAnswer: (user?: UserEntity) => isStaff(user),
  canModerate: (user?: UserEntity) => isStaff(user),
  /** The CSV export (authors' names, hidden proposals): officials and admins. */
  canExport: (user?: UserEntity) => isStaff(user),
  /** The statuses an official may move the proposal to (submission is the co-authors'). */
  nextStatuses: (user: UserEntity | undefined, p: ProposalState): ProposalStatus[] =>
    isStaff(user) ? PROPOSAL_TRANSITIONS[p.status].filter((s) => s !== 'submitted') : [],
  canTransition: (from: ProposalStatus, to: ProposalStatus) => to !== 'submitted' && PROPOSAL_TRANSITIONS[from].includes(to),
  /** Hidden comments' text is for officials only. */
  canReadHidden: (user?: UserEntity) => isStaff(user),
  canEditComment: (user: UserEntity | undefined, c: { authorId: string; createdAt: Date; hiddenAt: Date | null }, now = new Date()) =>
    Boolean(user) &&
    user!.id === c.authorId &&
    !c.hiddenAt &&
    now.getTime() - c.createdAt.getTime() <= COMMENT_EDIT_WINDOW_MINUTES * 60_000,
};
