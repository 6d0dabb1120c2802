import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ROUTES,
  type CreateInterviewRequest,
  type InterviewGuideRequest,
  type InterviewStatus,
  type KeyPointRequest,
  type UpdateInterviewRequest,
} from '@polyphony/contracts';
import { call } from '../../app/api-client';

export function useInterviewList(consultationId: string | undefined, status: InterviewStatus | undefined) {
  return useInfiniteQuery({
    queryKey: ['interviews', 'list', consultationId, status],
    queryFn: ({ pageParam }) =>
      call(ROUTES.consultationInterviews.list, {
        params: { consultationId: consultationId! },
        query: { status, cursor: pageParam, limit: 20 },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: Boolean(consultationId),
  });
}

export function useInterviewProgress(consultationId: string | undefined) {
  return useQuery({
    queryKey: ['interviews', 'progress', consultationId],
    queryFn: () => call(ROUTES.consultationInterviews.progress, { params: { consultationId: consultationId! } }),
    enabled: Boolean(consultationId),
  });
}

export function useGuide(consultationId: string | undefined) {
  return useQuery({
    queryKey: ['interviews', 'guide', consultationId],
    queryFn: () => call(ROUTES.consultationInterviews.guide, { params: { consultationId: consultationId! } }),
    enabled: Boolean(consultationId),
  });
}

export function useInterview(id: string | undefined) {
  return useQuery({
    queryKey: ['interviews', 'one', id],
    queryFn: () => call(ROUTES.interviews.get, { params: { id: id! } }),
    enabled: Boolean(id),
  });
}

export function useOrganisationOptions(q: string) {
  return useQuery({
    queryKey: ['organisations', 'options', q],
    queryFn: () => call(ROUTES.organisations.list, { query: { q: q || undefined, limit: 50 } }),
    placeholderData: (previous) => previous,
  });
}

/** Every write refreshes the interview, the list and the progress view. */
export function useInterviewActions(consultationId: string | undefined) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['interviews'] });
  const create = useMutation({
    mutationFn: (body: CreateInterviewRequest) =>
      call(ROUTES.consultationInterviews.create, { params: { consultationId: consultationId! }, body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateInterviewRequest }) => call(ROUTES.interviews.update, { params: { id }, body }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => call(ROUTES.interviews.remove, { params: { id } }), onSuccess: refresh });
  const saveGuide = useMutation({
    mutationFn: (body: InterviewGuideRequest) =>
      call(ROUTES.consultationInterviews.setGuide, { params: { consultationId: consultationId! }, body }),
    onSuccess: refresh,
  });
  const addKeyPoint = useMutation({
    mutationFn: ({ id, body }: { id: string; body: KeyPointRequest }) => call(ROUTES.interviews.addKeyPoint, { params: { id }, body }),
    onSuccess: refresh,
  });
  const editKeyPoint = useMutation({
    mutationFn: ({ id, keyPointId, body }: { id: string; keyPointId: string; body: KeyPointRequest }) =>
      call(ROUTES.interviews.updateKeyPoint, { params: { id, keyPointId }, body }),
    onSuccess: refresh,
  });
  const removeKeyPoint = useMutation({
    mutationFn: ({ id, keyPointId }: { id: string; keyPointId: string }) =>
      call(ROUTES.interviews.removeKeyPoint, { params: { id, keyPointId } }),
    onSuccess: refresh,
  });
  return { create, update, remove, saveGuide, addKeyPoint, editKeyPoint, removeKeyPoint };
}
