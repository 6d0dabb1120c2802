import { ROUTES } from '@polyphony/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api-client';
import { ME_KEY } from '../auth/useMe';
import { useSignedIn } from '../auth/useSession';

/** Sends the address-confirmation link again. */
export function useResendVerification() {
  return useMutation({ mutationFn: () => call(ROUTES.accounts.resend) });
}

/** Asks to change the address (the password confirms it); the change waits for a click at the new address. */
export function useChangeEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { newEmail: string; password: string }) => call(ROUTES.accounts.requestEmailChange, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: (body: { email: string }) => call(ROUTES.accounts.forgot, { body }) });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: { token: string; password: string }) => call(ROUTES.accounts.reset, { body }),
  });
}

export type TokenLinkKind = 'verify' | 'confirm' | 'signIn';
const ENDPOINTS = {
  verify: ROUTES.accounts.verify,
  confirm: ROUTES.accounts.confirm,
  signIn: ROUTES.accounts.signInWithLink,
} as const;

/** Uses an e-mailed link's token: confirms an address, or signs in (the answer is then the signed-in person). */
export function useTokenLink(kind: TokenLinkKind, token: string) {
  const queryClient = useQueryClient();
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: () => call<(typeof ENDPOINTS)[TokenLinkKind]>(ENDPOINTS[kind], { body: { token } }),
    onSuccess: (me) => {
      if (kind === 'signIn' && me) signedIn(me);
      else void queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
