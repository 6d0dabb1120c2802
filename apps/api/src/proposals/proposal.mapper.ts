import type {
  Coauthor,
  Proposal,
  ProposalComment,
  ProposalPerson,
  ProposalSummary,
  ProposalVersion,
  StatusChange,
} from '@polyphony/contracts';
import type { ModerationSubject } from '../moderation/moderation.service';
import { renderMarkdown } from '../core/text/markdown';
import type { UserEntity } from '../users/user.entity';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { ProposalEntity } from './proposal.entity';
import type { ProposalCoauthorEntity } from './proposal-coauthor.entity';
import type { ProposalCommentEntity } from './proposal-comment.entity';
import type { ProposalStatusChangeEntity } from './proposal-status-change.entity';
import type { ProposalEndorsementEntity } from './proposal-support.entity';
import type { ProposalSnapshot, ProposalVersionEntity } from './proposal-version.entity';

export const toPerson = (u: Pick<UserEntity, 'id' | 'displayName' | 'category'>): ProposalPerson => ({
  id: u.id,
  displayName: u.displayName,
  category: u.category,
});

/** Plain-text start of the Markdown body, for cards. */
export function excerptOf(markdown: string, max = 240): string {
  const plain = markdown
    .replace(/[#>*_`~[\]()!-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

export function toSummary(p: ProposalEntity, organisations: Pick<OrganisationEntity, 'id' | 'name' | 'category'>[]): ProposalSummary {
  return {
    id: p.id,
    title: p.title,
    excerpt: excerptOf(p.body),
    language: p.language,
    status: p.status,
    strategicLine: p.strategicLine,
    theme: p.theme,
    sdgs: p.sdgs,
    agendas: p.agendas,
    regions: p.regions,
    consultationId: p.consultationId,
    author: toPerson(p.author!),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, category: o.category })),
    supportCount: p.supportCount,
    endorsementCount: p.endorsementCount,
    commentCount: p.commentCount,
    hidden: Boolean(p.hiddenAt),
    submittedAt: p.submittedAt?.toISOString() ?? null,
    statusChangedAt: p.statusChangedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}

export function toCoauthor(c: ProposalCoauthorEntity): Coauthor {
  return {
    id: c.id,
    kind: c.kind,
    status: c.status,
    user: c.user ? toPerson(c.user) : null,
    organisation: c.organisation
      ? { id: c.organisation.id, name: c.organisation.name, slug: c.organisation.slug, category: c.organisation.category }
      : null,
    invitedAt: c.invitedAt.toISOString(),
    respondedAt: c.respondedAt?.toISOString() ?? null,
  };
}

export function toStatusChange(s: ProposalStatusChangeEntity): StatusChange {
  return {
    id: s.id,
    from: s.fromStatus,
    to: s.toStatus,
    text: s.text,
    textHtml: renderMarkdown(s.text),
    mergedInto: s.mergedInto ? { id: s.mergedInto.id, title: s.mergedInto.title } : null,
    planActionId: s.planActionId,
    actor: s.actor ? { id: s.actor.id, displayName: s.actor.displayName } : null,
    at: s.createdAt.toISOString(),
  };
}

export const snapshotOf = (p: ProposalEntity): ProposalSnapshot => ({
  title: p.title,
  body: p.body,
  expectedResults: p.expectedResults,
  strategicLine: p.strategicLine,
  theme: p.theme,
  regions: [...p.regions],
  partners: [...p.partners],
  sdgs: [...p.sdgs],
  sdgTargets: [...p.sdgTargets],
  agendas: [...p.agendas],
});

export const SNAPSHOT_FIELDS = [
  'title',
  'body',
  'expectedResults',
  'strategicLine',
  'theme',
  'regions',
  'partners',
  'sdgs',
  'sdgTargets',
  'agendas',
] as const;

/** The text a contribution carries: what synthesis reads. */
export const contributionText = (p: Pick<ProposalEntity, 'title' | 'body' | 'expectedResults'>) =>
  [p.title, p.body, p.expectedResults].filter((s) => s.trim()).join('\n\n');

/** A comment for a reader: its text only when the reader may read it (a hidden one's is kept for moderators), and what they may do. */
export function toProposalComment(
  c: ProposalCommentEntity,
  myVote: number,
  view: { readable: boolean; canEdit: boolean; canReply: boolean },
): ProposalComment {
  return {
    id: c.id,
    parentId: c.parentId,
    author: c.author ? toPerson(c.author) : null,
    body: view.readable ? c.body : '',
    bodyHtml: view.readable ? renderMarkdown(c.body) : '',
    language: c.language,
    agreeCount: c.agreeCount,
    disagreeCount: c.disagreeCount,
    myVote: myVote as 1 | -1 | 0,
    hidden: Boolean(c.hiddenAt),
    editedAt: c.editedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    can: { edit: view.canEdit, reply: view.canReply && !c.hiddenAt },
  };
}

/** A published proposal as moderation lists it. */
export const toProposalSubject = (r: {
  id: string;
  title: string;
  author_id: string;
  display_name: string;
  hidden_at: Date | null;
}): ModerationSubject => ({
  excerpt: r.title,
  link: `/proposals/${r.id}`,
  authorId: r.author_id,
  authorName: r.display_name,
  hidden: Boolean(r.hidden_at),
});

/** A comment as moderation lists it, linked to its place in the thread. */
export const toCommentSubject = (r: {
  id: string;
  proposal_id: string;
  body: string;
  author_id: string;
  display_name: string;
  hidden_at: Date | null;
}): ModerationSubject => ({
  excerpt: r.body,
  link: `/proposals/${r.proposal_id}#comment-${r.id}`,
  authorId: r.author_id,
  authorName: r.display_name,
  hidden: Boolean(r.hidden_at),
});

/** A version in a proposal's history: who edited it, when, which fields changed. */
export const toVersion = (v: ProposalVersionEntity): ProposalVersion => ({
  number: v.number,
  editor: v.editor ? { id: v.editor.id, displayName: v.editor.displayName } : null,
  createdAt: v.createdAt.toISOString(),
  changed: v.changed,
});

/** An organisation's endorsement (loaded with its organisation). */
export const toEndorsement = (e: ProposalEndorsementEntity): Proposal['endorsements'][number] => ({
  organisation: { id: e.organisation!.id, name: e.organisation!.name, category: e.organisation!.category },
  at: e.createdAt.toISOString(),
});
