import { ROUTES } from '@polyphony/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetCsrfToken, call } from '../../app/api-client';
import { ME_KEY } from '../auth/useMe';
import { expectSignOut } from '../auth/sessionEnded';

/** Deletes the signed-in account (its password confirms it); the session and every cached answer go with it. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => {
      // This page's own sockets hear that the account is gone: the page says so itself.
      expectSignOut();
      return call(ROUTES.me.remove, { body: { password } });
    },
    onSuccess: () => {
      resetCsrfToken();
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}
