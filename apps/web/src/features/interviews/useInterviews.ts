import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateInterviewRequest,
  Interview,
  InterviewGuide,
  InterviewGuideRequest,
  InterviewProgress,
  InterviewStatus,
  InterviewSummary,
  KeyPoint,
  KeyPointRequest,
  Organisation,
  Page,
  UpdateInterviewRequest,
} from '@polyphony/contracts';
import { api } from '../../app/api-client';

export function useInterviewList(consultationId: string | undefined, status: InterviewStatus | undefined) {
  return useInfiniteQuery({
    queryKey: ['interviews', 'list', consultationId, status],
    queryFn: ({ pageParam }) =>
      api<Page<InterviewSummary>>(`/api/consultations/${consultationId}/interviews`, { query: { status, cursor: pageParam, limit: 20 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: Boolean(consultationId),
  });
}

export function useInterviewProgress(consultationId: string | undefined) {
  return useQuery({
    queryKey: ['interviews', 'progress', consultationId],
    queryFn: () => api<InterviewProgress>(`/api/consultations/${consultationId}/interviews-progress`),
    enabled: Boolean(consultationId),
  });
}

export function useGuide(consultationId: string | undefined) {
  return useQuery({
    queryKey: ['interviews', 'guide', consultationId],
    queryFn: () => api<InterviewGuide>(`/api/consultations/${consultationId}/interview-guide`),
    enabled: Boolean(consultationId),
  });
}

export function useInterview(id: string | undefined) {
  return useQuery({ queryKey: ['interviews', 'one', id], queryFn: () => api<Interview>(`/api/interviews/${id}`), enabled: Boolean(id) });
}

export function useOrganisationOptions(q: string) {
  return useQuery({
    queryKey: ['organisations', 'options', q],
    queryFn: () => api<Page<Organisation>>('/api/organisations', { query: { q: q || undefined, limit: 50 } }),
    placeholderData: (previous) => previous,
  });
}

/** Every write refreshes the interview, the list and the progress view. */
export function useInterviewActions(consultationId: string | undefined) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['interviews'] });
  const create = useMutation({
    mutationFn: (body: CreateInterviewRequest) =>
      api<Interview>(`/api/consultations/${consultationId}/interviews`, { method: 'POST', body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateInterviewRequest }) =>
      api<Interview>(`/api/interviews/${id}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => api<void>(`/api/interviews/${id}`, { method: 'DELETE' }), onSuccess: refresh });
  const saveGuide = useMutation({
    mutationFn: (body: InterviewGuideRequest) =>
      api<InterviewGuide>(`/api/consultations/${consultationId}/interview-guide`, { method: 'PUT', body }),
    onSuccess: refresh,
  });
  const addKeyPoint = useMutation({
    mutationFn: ({ id, body }: { id: string; body: KeyPointRequest }) =>
      api<KeyPoint>(`/api/interviews/${id}/key-points`, { method: 'POST', body }),
    onSuccess: refresh,
  });
  const editKeyPoint = useMutation({
    mutationFn: ({ id, keyPointId, body }: { id: string; keyPointId: string; body: KeyPointRequest }) =>
      api<KeyPoint>(`/api/interviews/${id}/key-points/${keyPointId}`, { method: 'PUT', body }),
    onSuccess: refresh,
  });
  const removeKeyPoint = useMutation({
    mutationFn: ({ id, keyPointId }: { id: string; keyPointId: string }) =>
      api<void>(`/api/interviews/${id}/key-points/${keyPointId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  return { create, update, remove, saveGuide, addKeyPoint, editKeyPoint, removeKeyPoint };
}
