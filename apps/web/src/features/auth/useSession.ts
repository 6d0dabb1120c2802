import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, Me, RegisterRequest, SsoStatus } from '@polyphony/contracts';
import { api, resetCsrfToken } from '../../app/api-client';
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
    mutationFn: (body: LoginRequest) => api<Me>('/api/auth/login', { method: 'POST', body }),
    onSuccess: signedIn,
  });
  const register = useMutation({
    mutationFn: (body: RegisterRequest) => api<Me>('/api/auth/register', { method: 'POST', body }),
    onSuccess: signedIn,
  });
  const logout = useMutation({
    mutationFn: () => {
      expectSignOut();
      return api<void>('/api/auth/logout', { method: 'POST' });
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
  return useQuery({ queryKey: ['sso'], queryFn: () => api<SsoStatus>('/api/auth/sso'), staleTime: Infinity });
}
