import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@polyphony/contracts';
import { api } from '../../app/api-client';
import { ME_KEY } from '../auth/useMe';
import { useSignedIn } from '../auth/useSession';

/** Sends the address-confirmation link again. */
export function useResendVerification() {
  return useMutation({ mutationFn: () => api<void>('/api/me/email/verification', { method: 'POST' }) });
}

/** Asks to change the address (the password confirms it); the change waits for a click at the new address. */
export function useChangeEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { newEmail: string; password: string }) => api<{ pendingEmail: string }>('/api/me/email', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: (body: { email: string }) => api<void>('/api/auth/password/forgot', { method: 'POST', body }) });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => api<void>('/api/auth/password/reset', { method: 'POST', body }),
  });
}

export type TokenLinkKind = 'verify' | 'confirm' | 'signIn';
const ENDPOINTS: Record<TokenLinkKind, string> = {
  verify: '/api/auth/email/verify',
  confirm: '/api/auth/email/confirm',
  signIn: '/api/auth/link',
};

/** Uses an e-mailed link's token: confirms an address, or signs in (the answer is then the signed-in person). */
export function useTokenLink(kind: TokenLinkKind, token: string) {
  const queryClient = useQueryClient();
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: () => api<Me | undefined>(ENDPOINTS[kind], { method: 'POST', body: { token } }),
    onSuccess: (me) => {
      if (kind === 'signIn' && me) signedIn(me);
      else void queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
