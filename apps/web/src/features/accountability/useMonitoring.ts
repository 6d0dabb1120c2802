import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ROUTES,
  type NetworkRequest,
  type PartnerRequest,
  type RecordExternalityRequest,
  type RecordMeasurementRequest,
  type ReviewMark,
  type UpdateActionTrackingRequest,
} from '@polyphony/contracts';
import { call } from '../../app/api-client';

/** The plan to monitor: the one named, else the adopted plan, else the first public one. */
export function useMonitoredPlan(slug: string | null) {
  return useQuery({
    queryKey: ['plans', 'list'],
    queryFn: () => call(ROUTES.plan.list),
    select: (plans) =>
      (slug
        ? plans.find((p) => p.slug === slug)
        : (plans.find((p) => p.status === 'adopted') ?? plans.find((p) => p.status === 'public_review') ?? plans[0])) ?? null,
  });
}

export function useMonitoring(slug: string | undefined) {
  return useQuery({
    queryKey: ['monitoring', slug],
    queryFn: () => call(ROUTES.accountability.monitoring, { params: { idOrSlug: slug! } }),
    enabled: !!slug,
  });
}

export function usePartnerships() {
  return useQuery({ queryKey: ['partnerships'], queryFn: () => call(ROUTES.accountability.partnerships) });
}

export function useMonitoringActions(slug: string | undefined) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['monitoring', slug] });
  const refreshPartners = () => client.invalidateQueries({ queryKey: ['partnerships'] });
  return {
    track: useMutation({
      mutationFn: ({ actionId, body }: { actionId: string; body: UpdateActionTrackingRequest }) =>
        call(ROUTES.accountability.updateAction, { params: { actionId }, body }),
      onSuccess: refresh,
    }),
    /** Fills the plan languages the saved tracking lacks by machine translation (marked "to review"). */
    fillTracking: useMutation({
      mutationFn: ({ actionId, revision }: { actionId: string; revision: number }) =>
        call(ROUTES.trackingLanguages.fill, { params: { actionId }, body: { revision } }),
      onSuccess: refresh,
    }),
    approveTracking: useMutation({
      mutationFn: ({ actionId, revision, mark }: { actionId: string; revision: number; mark: ReviewMark }) =>
        call(ROUTES.trackingLanguages.approve, { params: { actionId }, body: { revision, field: mark.field, language: mark.language } }),
      onSuccess: refresh,
    }),
    measure: useMutation({
      mutationFn: ({ indicatorId, body }: { indicatorId: string; body: RecordMeasurementRequest }) =>
        call(ROUTES.accountability.measure, { params: { indicatorId }, body }),
      onSuccess: refresh,
    }),
    externality: useMutation({
      mutationFn: ({ planId, body }: { planId: string; body: RecordExternalityRequest }) =>
        call(ROUTES.accountability.externality, { params: { planId }, body }),
      onSuccess: refresh,
    }),
    partner: useMutation({
      mutationFn: (body: PartnerRequest) => call(ROUTES.accountability.savePartner, { body }),
      onSuccess: refreshPartners,
    }),
    network: useMutation({
      mutationFn: (body: NetworkRequest) => call(ROUTES.accountability.saveNetwork, { body }),
      onSuccess: refreshPartners,
    }),
  };
}
