import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Monitoring,
  NetworkRequest,
  PartnerRequest,
  Partnerships,
  PlanListItem,
  RecordExternalityRequest,
  RecordMeasurementRequest,
  ReviewMark,
  TrackedAction,
  UpdateActionTrackingRequest,
} from '@polyphony/contracts';
import { api } from '../../app/api-client';

/** The plan to monitor: the one named, else the adopted plan, else the first public one. */
export function useMonitoredPlan(slug: string | null) {
  return useQuery({
    queryKey: ['plans', 'list'],
    queryFn: () => api<PlanListItem[]>('/api/plans'),
    select: (plans) =>
      (slug
        ? plans.find((p) => p.slug === slug)
        : (plans.find((p) => p.status === 'adopted') ?? plans.find((p) => p.status === 'public_review') ?? plans[0])) ?? null,
  });
}

export function useMonitoring(slug: string | undefined) {
  return useQuery({ queryKey: ['monitoring', slug], queryFn: () => api<Monitoring>(`/api/accountability/plans/${slug}`), enabled: !!slug });
}

export function usePartnerships() {
  return useQuery({ queryKey: ['partnerships'], queryFn: () => api<Partnerships>('/api/accountability/partnerships') });
}

export function useMonitoringActions(slug: string | undefined) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['monitoring', slug] });
  const refreshPartners = () => client.invalidateQueries({ queryKey: ['partnerships'] });
  return {
    track: useMutation({
      mutationFn: ({ actionId, body }: { actionId: string; body: UpdateActionTrackingRequest }) =>
        api(`/api/accountability/actions/${actionId}`, { method: 'PUT', body }),
      onSuccess: refresh,
    }),
    /** Fills the plan languages the saved tracking lacks by machine translation (marked "to review"). */
    fillTracking: useMutation({
      mutationFn: ({ actionId, revision }: { actionId: string; revision: number }) =>
        api<TrackedAction>(`/api/accountability/actions/${actionId}/fill-languages`, { method: 'POST', body: { revision } }),
      onSuccess: refresh,
    }),
    approveTracking: useMutation({
      mutationFn: ({ actionId, revision, mark }: { actionId: string; revision: number; mark: ReviewMark }) =>
        api<TrackedAction>(`/api/accountability/actions/${actionId}/approve-translation`, {
          method: 'POST',
          body: { revision, field: mark.field, language: mark.language },
        }),
      onSuccess: refresh,
    }),
    measure: useMutation({
      mutationFn: ({ indicatorId, body }: { indicatorId: string; body: RecordMeasurementRequest }) =>
        api(`/api/accountability/indicators/${indicatorId}/measurements`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    externality: useMutation({
      mutationFn: ({ planId, body }: { planId: string; body: RecordExternalityRequest }) =>
        api(`/api/accountability/plans/${planId}/externalities`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    partner: useMutation({
      mutationFn: (body: PartnerRequest) => api('/api/accountability/partners', { method: 'PUT', body }),
      onSuccess: refreshPartners,
    }),
    network: useMutation({
      mutationFn: (body: NetworkRequest) => api('/api/accountability/networks', { method: 'PUT', body }),
      onSuccess: refreshPartners,
    }),
  };
}
