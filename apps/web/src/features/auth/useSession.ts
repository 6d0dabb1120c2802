import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type LoginRequest, type Me, type RegisterRequest } from '@polyphony/contracts';
import { resetCsrfToken, call } from '../../app/api-client';
import { appSocket } from '../../app/socket';
import { ME_KEY } from './useMe';
import { clearSessionEnded, expectSignOut } from './sessionEnded';

/**
 * What follows any sign-in (password, e-mailed link, accepted invitation): a new CSRF token, no one else's
 * cached data, and the shared socket's new handshake if it is open (the server knows a socket by the
 * cookie of its handshake).
 */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    resetCsrfToken();
    clearSessionEnded();
    appSocket.renew();
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    queryClient.setQueryData(ME_KEY, me);
  };
}

/** Sign in, register and sign out: each one changes the session, so the CSRF token and cached data are reset. */
export function useSession() {
  const queryClient = useQueryClient();
  const signedIn = useSignedIn();

  const login = useMutation({
    mutationFn: (body: LoginRequest) => call(ROUTES.auth.login, { body }),
    onSuccess: signedIn,
  });
  const register = useMutation({
    mutationFn: (body: RegisterRequest) => call(ROUTES.auth.register, { body }),
    onSuccess: signedIn,
  });
  const logout = useMutation({
    mutationFn: () => {
      expectSignOut();
      return call(ROUTES.auth.logout);
    },
    onSettled: () => {
      resetCsrfToken();
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
  });
  return { login, register, logout };
}

/** Whether sign-in through the territory's identity provider is offered (and under which name). */
export function useSso() {
  return useQuery({ queryKey: ['sso'], queryFn: () => call(ROUTES.oidc.status), staleTime: Infinity });
}
