import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type AdminLinkRequest, type Role, type UserSummary } from '@polyphony/contracts';
import { call } from '../../app/api-client';

export function useUsers(filters: { q?: string; role?: Role }) {
  return useInfiniteQuery({
    queryKey: ['users', filters],
    queryFn: ({ pageParam }) => call(ROUTES.users.list, { query: { ...filters, cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After any change to a person's access, the users list is read again. */
function useUserChange<V>(mutationFn: (vars: V) => Promise<UserSummary>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });
}

export function useSetRole() {
  return useUserChange(({ id, role }: { id: string; role: Role }) => call(ROUTES.users.setRole, { params: { id }, body: { role } }));
}

export function useBlockUser() {
  return useUserChange(({ id, reason }: { id: string; reason: string }) => call(ROUTES.users.block, { params: { id }, body: { reason } }));
}

export function useUnblockUser() {
  return useUserChange((id: string) => call(ROUTES.users.unblock, { params: { id } }));
}

/** A one-time sign-in or password-reset link an administrator hands over by hand. */
export function useAdminLink() {
  return useMutation({
    mutationFn: ({ id, purpose }: { id: string; purpose: AdminLinkRequest['purpose'] }) =>
      call(ROUTES.accountsAdmin.issueLink, { params: { id }, body: { purpose } }),
  });
}
