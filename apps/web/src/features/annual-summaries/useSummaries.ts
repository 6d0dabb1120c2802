import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ROUTES,
  type AnnualSummary,
  type GenerateSummaryRequest,
  type PublishSummaryRequest,
  type UpdateSummaryRequest,
} from '@polyphony/contracts';
import { call } from '../../app/api-client';

export type SummaryEdition = 'draft' | number | undefined;
const KEY = ['summaries'] as const;

/** Published summaries (latest version of each year), and drafts for officials. */
export function useSummaryList() {
  return useQuery({ queryKey: [...KEY, 'list'], queryFn: () => call(ROUTES.annualSummaries.list) });
}

/** A year's summary: the latest published version, ?version=n, or the draft (officials). */
export function useSummary(plan: string, year: number, edition?: SummaryEdition) {
  return useQuery({
    queryKey: [...KEY, plan, year, edition ?? 'latest'],
    queryFn: () => call(ROUTES.annualSummaries.get, { params: { plan, year }, query: { version: edition } }),
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
      mutationFn: (body: GenerateSummaryRequest) => call(ROUTES.annualSummaries.generate, { body }),
      onSuccess: refresh,
    }),
    save: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateSummaryRequest }) =>
        call(ROUTES.annualSummaries.update, { params: { id }, body }),
      onSuccess: refresh,
    }),
    publish: useMutation({
      mutationFn: ({ id, body }: { id: string; body: PublishSummaryRequest }) =>
        call(ROUTES.annualSummaries.publish, { params: { id }, body }),
      onSuccess: refresh,
    }),
    discard: useMutation({
      mutationFn: (id: string) => call(ROUTES.annualSummaries.discard, { params: { id } }),
      onSuccess: () => refresh(),
    }),
  };
}
