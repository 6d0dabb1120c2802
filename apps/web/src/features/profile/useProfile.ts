import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ROUTES, type ChangePasswordRequest, type UpdateProfileRequest } from '@polyphony/contracts';
import { call } from '../../app/api-client';
import { ME_KEY } from '../auth/useMe';

/** Saves the signed-in person's profile; the page's "me" is the API's answer. */
export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => call(ROUTES.me.update, { body }),
    onSuccess: (updated) => queryClient.setQueryData(ME_KEY, updated),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordRequest) => call(ROUTES.me.changePassword, { body }) });
}
