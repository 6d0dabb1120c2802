import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Invitation,
  InvitationInvitee,
  InvitationPreview,
  InvitationsCreated,
  InvitationState,
  InvitationTarget,
  Me,
  Page,
  TranslatedText,
} from '@polyphony/contracts';
import { api } from '../../app/api-client';
import { pickText } from '../consultations/pickText';
import { useSignedIn } from '../auth/useSession';

export interface TargetChoice {
  targetType: InvitationTarget;
  targetId: string | null;
}

export function useInvitations(filters: { targetType?: InvitationTarget; targetId?: string; state?: InvitationState }) {
  return useInfiniteQuery({
    queryKey: ['invitations', filters],
    queryFn: ({ pageParam }) => api<Page<Invitation>>('/api/invitations', { query: { ...filters, cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** What one can invite to of a kind: consultations (their interviews), rooms, organisations. */
export function useTargetOptions(targetType: InvitationTarget) {
  const path = { platform: null, interviews: '/api/consultations', room: '/api/rooms', organisation: '/api/organisations' }[targetType];
  return useQuery({
    queryKey: ['invitation-targets', targetType],
    enabled: Boolean(path),
    queryFn: async () => {
      const page = await api<Page<{ id: string; title?: TranslatedText; name?: string }>>(path!, { query: { limit: 100 } });
      return page.items.map((item) => ({ value: item.id, label: item.name ?? pickText(item.title).text }));
    },
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: ['invitations'] });
  const one = useMutation({
    mutationFn: (body: TargetChoice & { invitees: InvitationInvitee[] }) =>
      api<InvitationsCreated>('/api/invitations', { method: 'POST', body }),
    onSuccess: done,
  });
  const csv = useMutation({
    mutationFn: (body: TargetChoice & { csv: string }) => api<InvitationsCreated>('/api/invitations/import', { method: 'POST', body }),
    onSuccess: done,
  });
  const remind = useMutation({
    mutationFn: (id: string) => api<Invitation>(`/api/invitations/${id}/remind`, { method: 'POST' }),
    onSuccess: done,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<Invitation>(`/api/invitations/${id}/revoke`, { method: 'POST' }),
    onSuccess: done,
  });
  return { one, csv, remind, revoke };
}

/** Who is invited to what, read from the link's token (public: the link is the credential). */
export function useInvitationPreview(token: string) {
  return useMutation({
    mutationFn: () => api<InvitationPreview>('/api/invitations/preview', { method: 'POST', body: { token } }),
  });
}

/** Accepts an invitation: as the signed-in person, or by registering with it; either way, signed in after. */
export function useAcceptInvitation() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: { token: string; displayName?: string; password?: string; acceptPrivacy?: true }) =>
      api<{ me: Me; invitation: Invitation }>('/api/invitations/accept', { method: 'POST', body }),
    onSuccess: ({ me }) => signedIn(me),
  });
}

/** The invitations of a consultation whose invitees have not yet said anything (officials only). */
export function useNotYetHeard(consultationId: string | undefined, allowed: boolean) {
  return useQuery({
    queryKey: ['not-yet-heard', consultationId],
    enabled: Boolean(consultationId) && allowed,
    queryFn: () => api<{ items: Invitation[] }>(`/api/consultations/${consultationId}/invitations/not-yet-heard`),
  });
}
