import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type PublicTextKind, type TranslatedText, type UpdateProfileRequest } from '@polyphony/contracts';
import { call } from '../../app/api-client';
import { ME_KEY } from '../auth/useMe';

export const PUBLIC_TEXTS_KEY = ['public-texts'] as const;
export const CONSENT_KEY = ['consent'] as const;

/** The current version of each public text the admins wrote (absent: the built-in text applies). */
export function usePublicTexts() {
  return useQuery({ queryKey: PUBLIC_TEXTS_KEY, queryFn: () => call(ROUTES.publicTexts.current), staleTime: 60_000 });
}

export function useSavePublicText() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: { kind: PublicTextKind; body: TranslatedText }) =>
      call(ROUTES.publicTexts.save, { params: { kind }, body: { body } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: PUBLIC_TEXTS_KEY });
      void queryClient.invalidateQueries({ queryKey: CONSENT_KEY });
    },
  });
}

/** Whether the signed-in person must accept new privacy notice and terms. */
export function useConsent(enabled: boolean) {
  return useQuery({ queryKey: CONSENT_KEY, queryFn: () => call(ROUTES.publicTexts.status), enabled, staleTime: 60_000 });
}

export function useGiveConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, profile }: { version: string; profile?: UpdateProfileRequest }) =>
      call(ROUTES.publicTexts.consent, { body: { version, accept: true, ...(profile && { profile }) } }),
    onSuccess: (status, { profile }) => {
      queryClient.setQueryData(CONSENT_KEY, status);
      // The completed profile (language included) is the signed-in person's now.
      if (profile) void queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
