import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CoauthorCandidates,
  CreateProposalRequest,
  InviteCoauthorRequest,
  CommentThreadPage,
  Page,
  Proposal,
  ProposalListQuery,
  ProposalStatusRequest,
  ProposalSummary,
  ProposalVersion,
  VersionDiff,
  Coauthor,
} from '@polyphony/contracts';
import { api } from '../../app/api-client';

export const proposalKey = (id: string) => ['proposals', 'one', id] as const;

/** Published proposals (or mine), filtered and sorted, one keyset page at a time. */
export function useProposalList(filters: Omit<ProposalListQuery, 'cursor' | 'limit'>) {
  return useInfiniteQuery({
    queryKey: ['proposals', 'list', filters],
    queryFn: ({ pageParam }) =>
      api<Page<ProposalSummary>>('/api/proposals', { query: { ...(filters as Record<string, string>), cursor: pageParam, limit: 12 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useProposal(id: string) {
  return useQuery({ queryKey: proposalKey(id), queryFn: () => api<Proposal>(`/api/proposals/${id}`) });
}

export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: ['proposals', 'invitations'],
    queryFn: () => api<(Coauthor & { proposal: { id: string; title: string; status: string } })[]>('/api/proposals/invitations'),
    enabled,
  });
}

export function useComments(id: string) {
  return useInfiniteQuery({
    queryKey: ['proposals', 'comments', id],
    queryFn: ({ pageParam }) => api<CommentThreadPage>(`/api/proposals/${id}/comments`, { query: { cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useVersions(id: string) {
  return useQuery({ queryKey: ['proposals', 'versions', id], queryFn: () => api<ProposalVersion[]>(`/api/proposals/${id}/versions`) });
}

/** The word diff between two versions, and the same between their machine translations into `lang` (the reader's). */
export function useDiff(id: string, from: number | null, to: number | null, lang?: string) {
  return useQuery({
    queryKey: ['proposals', 'diff', id, from, to, lang],
    queryFn: () => api<VersionDiff>(`/api/proposals/${id}/diff`, { query: { from, to, lang } }),
    enabled: Boolean(from && to && from !== to),
  });
}

/** A mutation on one proposal that refreshes it (and its comments and versions) afterwards. */
export function useProposalAction<T = unknown>(id: string, run: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (data) => {
      if (data && typeof data === 'object' && 'can' in data && 'coauthors' in data) client.setQueryData(proposalKey(id), data);
      void client.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
}

export const useSubmitProposal = (id: string) => useProposalAction(id, () => api(`/api/proposals/${id}/submit`, { method: 'POST' }));

export const useSupport = (id: string) =>
  useProposalAction(id, (on: boolean) => api(`/api/proposals/${id}/support`, { method: on ? 'PUT' : 'DELETE' }));

/** An organisation's endorsement, given or withdrawn by one of its members. */
export const useEndorse = (id: string) =>
  useProposalAction(id, ({ organisationId, on }: { organisationId: string; on: boolean }) =>
    api(`/api/proposals/${id}/endorsements`, { method: on ? 'PUT' : 'DELETE', body: { organisationId } }),
  );

/** An official's answer: a new status with its reasons (merged into, or tied to a plan action). */
export const useAnswerProposal = (id: string) =>
  useProposalAction(id, (body: ProposalStatusRequest) => api(`/api/proposals/${id}/status`, { method: 'POST', body }));

export const usePostComment = (id: string) =>
  useProposalAction(id, (body: { body: string; parentId?: string }) => api(`/api/proposals/${id}/comments`, { method: 'POST', body }));

export const useVoteComment = (id: string, commentId: string) =>
  useProposalAction(id, (value: number) => api(`/api/proposals/${id}/comments/${commentId}/vote`, { method: 'PUT', body: { value } }));

export const useEditComment = (id: string, commentId: string) =>
  useProposalAction(id, (body: string) => api(`/api/proposals/${id}/comments/${commentId}`, { method: 'PATCH', body: { body } }));

/** Saves the proposal form: a new draft, or a new version of one (on the version the author started from). */
export const useSaveProposal = (proposal: Proposal | undefined) =>
  useProposalAction(proposal?.id ?? 'new', async (body: CreateProposalRequest) =>
    proposal
      ? api<Proposal>(`/api/proposals/${proposal.id}`, { method: 'PATCH', body: { ...body, baseVersion: proposal.version } })
      : api<Proposal>('/api/proposals', { method: 'POST', body }),
  );

/** People and organisations whose names start with `q` (two letters at least), to invite as co-authors. */
export function useCoauthorCandidates(proposalId: string, q: string) {
  return useQuery({
    queryKey: ['proposals', 'coauthor-candidates', proposalId, q],
    queryFn: () => api<CoauthorCandidates>(`/api/proposals/${proposalId}/coauthor-candidates`, { query: { q } }),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
}

export const useInviteCoauthor = (id: string) =>
  useProposalAction(id, (body: InviteCoauthorRequest) => api(`/api/proposals/${id}/coauthors`, { method: 'POST', body }));

export const useAnswerCoauthorInvitation = (id: string) =>
  useProposalAction(id, ({ invitationId, decision }: { invitationId: string; decision: 'accept' | 'decline' }) =>
    api(`/api/proposals/${id}/coauthors/${invitationId}`, { method: 'POST', body: { decision } }),
  );
