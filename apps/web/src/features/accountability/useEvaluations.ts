import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateEvaluationRequest,
  Evaluation,
  EvaluationList,
  EvaluationRecommendation,
  FollowUpRequest,
  PlanListItem,
  UpdateEvaluationRequest,
} from '@polyphony/contracts';
import { api } from '../../app/api-client';

export function useEvaluationList(slug: string | undefined) {
  return useQuery({
    queryKey: ['evaluations', 'list', slug],
    queryFn: () => api<EvaluationList>(`/api/accountability/plans/${slug}/evaluations`),
    enabled: !!slug,
  });
}

export function useEvaluation(id: string | undefined) {
  return useQuery({
    queryKey: ['evaluations', 'one', id],
    queryFn: () => api<Evaluation>(`/api/accountability/evaluations/${id}`),
    enabled: !!id,
  });
}

/** Writes; every success refreshes the lists, the evaluation and the monitoring view (published ones show there). */
export function useEvaluationActions() {
  const client = useQueryClient();
  const refresh = (saved?: Evaluation) => {
    if (saved) client.setQueryData(['evaluations', 'one', saved.id], saved);
    void client.invalidateQueries({ queryKey: ['evaluations', 'list'] });
    void client.invalidateQueries({ queryKey: ['monitoring'] });
  };
  return {
    create: useMutation({
      mutationFn: ({ slug, body }: { slug: string; body: CreateEvaluationRequest }) =>
        api<Evaluation>(`/api/accountability/plans/${slug}/evaluations`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    save: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateEvaluationRequest }) =>
        api<Evaluation>(`/api/accountability/evaluations/${id}`, { method: 'PUT', body }),
      onSuccess: refresh,
    }),
    publish: useMutation({
      mutationFn: ({ id, revision }: { id: string; revision: number }) =>
        api<Evaluation>(`/api/accountability/evaluations/${id}/publish`, { method: 'POST', body: { revision } }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`/api/accountability/evaluations/${id}`, { method: 'DELETE' }),
      onSuccess: () => refresh(),
    }),
    followUp: useMutation({
      mutationFn: ({ id, recommendationId, body }: { id: string; recommendationId: string; body: FollowUpRequest }) =>
        api<EvaluationRecommendation>(`/api/accountability/evaluations/${id}/recommendations/${recommendationId}/follow-up`, {
          method: 'PUT',
          body,
        }),
      onSuccess: (_r, { id }) => {
        void client.invalidateQueries({ queryKey: ['evaluations', 'one', id] });
        void client.invalidateQueries({ queryKey: ['monitoring'] });
      },
    }),
  };
}

/** A plan of the list (by id or slug): its languages decide which inputs the editors show. */
export function usePlanListItem(idOrSlug: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'list'],
    queryFn: () => api<PlanListItem[]>('/api/plans'),
    select: (plans) => plans.find((p) => p.id === idOrSlug || p.slug === idOrSlug) ?? null,
    enabled: !!idOrSlug,
  });
}
