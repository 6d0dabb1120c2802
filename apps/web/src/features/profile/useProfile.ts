import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest, Me, UpdateProfileRequest } from '@polyphony/contracts';
import { api } from '../../app/api-client';
import { ME_KEY } from '../auth/useMe';

/** Saves the signed-in person's profile; the page's "me" is the API's answer. */
export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => api<Me>('/api/me', { method: 'PATCH', body }),
    onSuccess: (updated) => queryClient.setQueryData(ME_KEY, updated),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordRequest) => api<void>('/api/me/password', { method: 'POST', body }) });
}
