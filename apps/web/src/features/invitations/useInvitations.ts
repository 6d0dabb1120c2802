import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ROUTES,
  type InvitationInvitee,
  type InvitationState,
  type InvitationTarget,
  type Page,
  type TranslatedText,
} from '@polyphony/contracts';
import { call } from '../../app/api-client';
import { pickText } from '../consultations/pickText';
import { useSignedIn } from '../auth/useSession';

export interface TargetChoice {
  targetType: InvitationTarget;
  targetId: string | null;
}

export function useInvitations(filters: { targetType?: InvitationTarget; targetId?: string; state?: InvitationState }) {
  return useInfiniteQuery({
    queryKey: ['invitations', filters],
    queryFn: ({ pageParam }) => call(ROUTES.invitations.list, { query: { ...filters, cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** What one can invite to of a kind: consultations (their interviews), rooms, organisations. */
export function useTargetOptions(targetType: InvitationTarget) {
  const list = {
    platform: null,
    interviews: () => call(ROUTES.consultations.list, { query: { limit: 100 } }),
    room: () => call(ROUTES.rooms.list, { query: { limit: 100 } }),
    organisation: () => call(ROUTES.organisations.list, { query: { limit: 100 } }),
  }[targetType];
  return useQuery({
    queryKey: ['invitation-targets', targetType],
    enabled: Boolean(list),
    queryFn: async () => {
      const page: Page<{ id: string; title?: TranslatedText; name?: string }> = await list!();
      return page.items.map((item) => ({ value: item.id, label: item.name ?? pickText(item.title).text }));
    },
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  const done = () => queryClient.invalidateQueries({ queryKey: ['invitations'] });
  const one = useMutation({
    mutationFn: (body: TargetChoice & { invitees: InvitationInvitee[] }) => call(ROUTES.invitations.create, { body }),
    onSuccess: done,
  });
  const csv = useMutation({
    mutationFn: (body: TargetChoice & { csv: string }) => call(ROUTES.invitations.import, { body }),
    onSuccess: done,
  });
  const remind = useMutation({
    mutationFn: (id: string) => call(ROUTES.invitations.remind, { params: { id } }),
    onSuccess: done,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call(ROUTES.invitations.revoke, { params: { id } }),
    onSuccess: done,
  });
  return { one, csv, remind, revoke };
}

/** Who is invited to what, read from the link's token (public: the link is the credential). */
export function useInvitationPreview(token: string) {
  return useMutation({
    mutationFn: () => call(ROUTES.invitations.preview, { body: { token } }),
  });
}

/** Accepts an invitation: as the signed-in person, or by registering with it; either way, signed in after. */
export function useAcceptInvitation() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (body: { token: string; displayName?: string; password?: string; acceptPrivacy?: true }) =>
      call(ROUTES.invitations.accept, { body }),
    onSuccess: ({ me }) => signedIn(me),
  });
}

/** The invitations of a consultation whose invitees have not yet said anything (officials only). */
export function useNotYetHeard(consultationId: string | undefined, allowed: boolean) {
  return useQuery({
    queryKey: ['not-yet-heard', consultationId],
    enabled: Boolean(consultationId) && allowed,
    queryFn: () => call(ROUTES.invitations.notYetHeard, { params: { id: consultationId! } }),
  });
}
