import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ROUTES,
  type Language,
  type CreateProposalRequest,
  type InviteCoauthorRequest,
  type Proposal,
  type ProposalListQuery,
  type ProposalStatusRequest,
} from '@polyphony/contracts';
import { call } from '../../app/api-client';

export const proposalKey = (id: string) => ['proposals', 'one', id] as const;

/** Published proposals (or mine), filtered and sorted, one keyset page at a time. */
export function useProposalList(filters: Omit<ProposalListQuery, 'cursor' | 'limit'>) {
  return useInfiniteQuery({
    queryKey: ['proposals', 'list', filters],
    queryFn: ({ pageParam }) =>
      call(ROUTES.proposals.list, { query: { ...(filters as Record<string, string>), cursor: pageParam, limit: 12 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useProposal(id: string) {
  return useQuery({ queryKey: proposalKey(id), queryFn: () => call(ROUTES.proposals.get, { params: { id } }) });
}

export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: ['proposals', 'invitations'],
    queryFn: () => call(ROUTES.proposals.invitations),
    enabled,
  });
}

export function useComments(id: string) {
  return useInfiniteQuery({
    queryKey: ['proposals', 'comments', id],
    queryFn: ({ pageParam }) => call(ROUTES.proposalComments.list, { params: { id }, query: { cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useVersions(id: string) {
  return useQuery({ queryKey: ['proposals', 'versions', id], queryFn: () => call(ROUTES.proposals.listVersions, { params: { id } }) });
}

/** The word diff between two versions, and the same between their machine translations into `lang` (the reader's). */
export function useDiff(id: string, from: number | null, to: number | null, lang?: Language) {
  return useQuery({
    queryKey: ['proposals', 'diff', id, from, to, lang],
    queryFn: () => call(ROUTES.proposals.diff, { params: { id }, query: { from, to, lang } }),
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

export const useSubmitProposal = (id: string) => useProposalAction(id, () => call(ROUTES.proposals.submit, { params: { id } }));

export const useSupport = (id: string) =>
  useProposalAction(id, (on: boolean) => call(on ? ROUTES.proposals.support : ROUTES.proposals.unsupport, { params: { id } }));

/** An organisation's endorsement, given or withdrawn by one of its members. */
export const useEndorse = (id: string) =>
  useProposalAction(id, ({ organisationId, on }: { organisationId: string; on: boolean }) =>
    call(on ? ROUTES.proposals.endorse : ROUTES.proposals.unendorse, { params: { id }, body: { organisationId } }),
  );

/** An official's answer: a new status with its reasons (merged into, or tied to a plan action). */
export const useAnswerProposal = (id: string) =>
  useProposalAction(id, (body: ProposalStatusRequest) => call(ROUTES.proposals.status, { params: { id }, body }));

export const usePostComment = (id: string) =>
  useProposalAction(id, (body: { body: string; parentId?: string }) => call(ROUTES.proposalComments.create, { params: { id }, body }));

export const useVoteComment = (id: string, commentId: string) =>
  useProposalAction(id, (value: -1 | 0 | 1) => call(ROUTES.proposalComments.vote, { params: { id, commentId }, body: { value } }));

export const useEditComment = (id: string, commentId: string) =>
  useProposalAction(id, (body: string) => call(ROUTES.proposalComments.edit, { params: { id, commentId }, body: { body } }));

/** Saves the proposal form: a new draft, or a new version of one (on the version the author started from). */
export const useSaveProposal = (proposal: Proposal | undefined) =>
  useProposalAction(proposal?.id ?? 'new', async (body: CreateProposalRequest) =>
    proposal
      ? call(ROUTES.proposals.update, { params: { id: proposal.id }, body: { ...body, baseVersion: proposal.version } })
      : call(ROUTES.proposals.create, { body }),
  );

/** People and organisations whose names start with `q` (two letters at least), to invite as co-authors. */
export function useCoauthorCandidates(proposalId: string, q: string) {
  return useQuery({
    queryKey: ['proposals', 'coauthor-candidates', proposalId, q],
    queryFn: () => call(ROUTES.proposals.coauthorCandidates, { params: { id: proposalId }, query: { q } }),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
}

export const useInviteCoauthor = (id: string) =>
  useProposalAction(id, (body: InviteCoauthorRequest) => call(ROUTES.proposals.invite, { params: { id }, body }));

export const useAnswerCoauthorInvitation = (id: string) =>
  useProposalAction(id, ({ invitationId, decision }: { invitationId: string; decision: 'accept' | 'decline' }) =>
    call(ROUTES.proposals.respond, { params: { id, coauthorId: invitationId }, body: { decision } }),
  );
