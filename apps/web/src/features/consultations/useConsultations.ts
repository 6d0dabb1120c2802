import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ROUTES,
  type Consultation,
  type ConsultationListQuery,
  type ConsultationStatus,
  type CreateConsultationRequest,
  type UpdateConsultationRequest,
} from '@polyphony/contracts';
import { call } from '../../app/api-client';

export const consultationKey = (idOrSlug: string) => ['consultations', 'one', idOrSlug] as const;

/** Consultations, filtered, one keyset page at a time ("load more"). */
export function useConsultations(filters: Pick<ConsultationListQuery, 'q' | 'status' | 'phase'>) {
  return useInfiniteQuery({
    queryKey: ['consultations', 'list', filters],
    queryFn: ({ pageParam }) => call(ROUTES.consultations.list, { query: { ...filters, cursor: pageParam, limit: 12 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Consultations to choose from (a new plan starts from one). */
export function useConsultationChoices() {
  return useQuery({
    queryKey: ['consultations', 'choices'],
    queryFn: () => call(ROUTES.consultations.list, { query: { limit: 50 } }),
  });
}

/** The newest consultation (the staff menu links to its synthesis). */
export function useLatestConsultation(enabled: boolean) {
  return useQuery({
    queryKey: ['consultations', 'list', 'latest'],
    queryFn: () => call(ROUTES.consultations.list, { query: { limit: 1 } }),
    enabled,
  });
}

export function useConsultation(idOrSlug: string | undefined) {
  return useQuery({
    queryKey: consultationKey(idOrSlug ?? ''),
    queryFn: () => call(ROUTES.consultations.get, { params: { idOrSlug: idOrSlug! } }),
    enabled: Boolean(idOrSlug),
  });
}

/** Create, edit, change status and facilitators; each refreshes the lists and the page. */
export function useConsultationActions() {
  const queryClient = useQueryClient();
  const settle = (c: Consultation) => {
    queryClient.setQueryData(consultationKey(c.slug), c);
    queryClient.setQueryData(consultationKey(c.id), c);
    return queryClient.invalidateQueries({ queryKey: ['consultations', 'list'] });
  };
  const create = useMutation({
    mutationFn: (body: CreateConsultationRequest) => call(ROUTES.consultations.create, { body }),
    onSuccess: settle,
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateConsultationRequest }) =>
      call(ROUTES.consultations.update, { params: { id }, body }),
    onSuccess: settle,
  });
  const setStatus = useMutation({
    mutationFn: ({ id, status }: { id: string; status: ConsultationStatus }) =>
      call(ROUTES.consultations.status, { params: { id }, body: { status } }),
    onSuccess: settle,
  });
  const setFacilitators = useMutation({
    mutationFn: ({ id, userIds }: { id: string; userIds: string[] }) =>
      call(ROUTES.consultations.facilitators, { params: { id }, body: { userIds } }),
    onSuccess: settle,
  });
  return { create, update, setStatus, setFacilitators };
}

/**
 * The editor's save: creates or updates the consultation, then sets its facilitators when they changed
 * (one step for the official, two requests for the API).
 */
export function useSaveConsultation(existing: Consultation | undefined) {
  const { create, update, setFacilitators } = useConsultationActions();
  return useMutation({
    mutationFn: async ({ body, facilitatorIds }: { body: CreateConsultationRequest; facilitatorIds: string[] }) => {
      const saved = existing ? await update.mutateAsync({ id: existing.id, body }) : await create.mutateAsync(body);
      const before = saved.facilitators.map((f) => f.id);
      const same = [...facilitatorIds].sort().join() === before.sort().join();
      return same ? saved : setFacilitators.mutateAsync({ id: saved.id, userIds: facilitatorIds });
    },
  });
}
