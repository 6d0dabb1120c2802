import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnnualSummary,
  AnnualSummaryList,
  GenerateSummaryRequest,
  PublishSummaryRequest,
  UpdateSummaryRequest,
} from '@polyphony/contracts';
import { api } from '../../app/api-client';

export type SummaryEdition = 'draft' | number | undefined;
const KEY = ['summaries'] as const;

/** Published summaries (latest version of each year), and drafts for officials. */
export function useSummaryList() {
  return useQuery({ queryKey: [...KEY, 'list'], queryFn: () => api<AnnualSummaryList>('/api/summaries') });
}

/** A year's summary: the latest published version, ?version=n, or the draft (officials). */
export function useSummary(plan: string, year: number, edition?: SummaryEdition) {
  return useQuery({
    queryKey: [...KEY, plan, year, edition ?? 'latest'],
    queryFn: () => api<AnnualSummary>(`/api/summaries/${encodeURIComponent(plan)}/${year}`, { query: { version: edition } }),
    enabled: !!plan && Number.isInteger(year),
    retry: false,
  });
}

export function useSummaryActions() {
  const client = useQueryClient();
  const refresh = (summary?: AnnualSummary) => {
    if (summary)
      client.setQueryData([...KEY, summary.plan.slug, summary.year, summary.status === 'draft' ? 'draft' : summary.version], summary);
    return client.invalidateQueries({ queryKey: KEY });
  };
  return {
    generate: useMutation({
      mutationFn: (body: GenerateSummaryRequest) => api<AnnualSummary>('/api/summaries', { method: 'POST', body }),
      onSuccess: refresh,
    }),
    save: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateSummaryRequest }) =>
        api<AnnualSummary>(`/api/summaries/${id}`, { method: 'PUT', body }),
      onSuccess: refresh,
    }),
    publish: useMutation({
      mutationFn: ({ id, body }: { id: string; body: PublishSummaryRequest }) =>
        api<AnnualSummary>(`/api/summaries/${id}/publish`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    discard: useMutation({
      mutationFn: (id: string) => api<void>(`/api/summaries/${id}`, { method: 'DELETE' }),
      onSuccess: () => refresh(),
    }),
  };
}
