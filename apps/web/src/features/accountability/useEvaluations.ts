import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ROUTES,
  type CreateEvaluationRequest,
  type Evaluation,
  type FollowUpRequest,
  type UpdateEvaluationRequest,
} from '@polyphony/contracts';
import { call } from '../../app/api-client';

export function useEvaluationList(slug: string | undefined) {
  return useQuery({
    queryKey: ['evaluations', 'list', slug],
    queryFn: () => call(ROUTES.evaluations.list, { params: { idOrSlug: slug! } }),
    enabled: !!slug,
  });
}

export function useEvaluation(id: string | undefined) {
  return useQuery({
    queryKey: ['evaluations', 'one', id],
    queryFn: () => call(ROUTES.evaluations.get, { params: { id: id! } }),
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
        call(ROUTES.evaluations.create, { params: { idOrSlug: slug }, body }),
      onSuccess: refresh,
    }),
    save: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateEvaluationRequest }) =>
        call(ROUTES.evaluations.update, { params: { id }, body }),
      onSuccess: refresh,
    }),
    publish: useMutation({
      mutationFn: ({ id, revision }: { id: string; revision: number }) =>
        call(ROUTES.evaluations.publish, { params: { id }, body: { revision } }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => call(ROUTES.evaluations.remove, { params: { id } }),
      onSuccess: () => refresh(),
    }),
    followUp: useMutation({
      mutationFn: ({ id, recommendationId, body }: { id: string; recommendationId: string; body: FollowUpRequest }) =>
        call(ROUTES.evaluations.followUp, { params: { id, recommendationId }, body }),
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
    queryFn: () => call(ROUTES.plan.list),
    select: (plans) => plans.find((p) => p.id === idOrSlug || p.slug === idOrSlug) ?? null,
    enabled: !!idOrSlug,
  });
}
