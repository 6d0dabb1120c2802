import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ReviewMark,
  TranslatedText,
  Annotation,
  AnswerAnnotationRequest,
  CreateAnnotationRequest,
  CreatePlanRequest,
  CreateSuggestionRequest,
  DecideSuggestionRequest,
  Page,
  Plan,
  PlanDiff,
  PlanListItem,
  PlanSection,
  PlanStatus,
  UpdatePlanRequest,
  PlanVersionSummary,
  SectionContentInput,
  SectionSources,
  Suggestion,
  SuggestionCandidate,
  SuggestionSourceKind,
} from '@polyphony/contracts';
import { api } from '../../app/api-client';

export type Edition = 'draft' | number | undefined;
export const planKey = (slug: string) => ['plan', slug] as const;

export function usePlans() {
  return useQuery({ queryKey: ['plan', 'list'], queryFn: () => api<PlanListItem[]>('/api/plans') });
}

/** The plan as the viewer may read it: the working draft (officials), the public version, or ?version=n. */
export function usePlan(slug: string, edition?: Edition) {
  return useQuery({
    queryKey: [...planKey(slug), edition ?? 'default'],
    queryFn: () => api<Plan>(`/api/plans/${encodeURIComponent(slug)}`, { query: { version: edition } }),
  });
}

export function useVersions(slug: string) {
  return useQuery({
    queryKey: [...planKey(slug), 'versions'],
    queryFn: () => api<PlanVersionSummary[]>(`/api/plans/${encodeURIComponent(slug)}/versions`),
  });
}

export function useDiff(slug: string, from: number | null, to: number | 'draft' | null) {
  return useQuery({
    queryKey: [...planKey(slug), 'diff', from, to],
    queryFn: () => api<PlanDiff>(`/api/plans/${encodeURIComponent(slug)}/diff`, { query: { from: from!, to: to! } }),
    enabled: from !== null && to !== null,
  });
}

export function useSources(slug: string, sectionId: string, paragraphId: string | undefined, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...planKey(slug), 'sources', sectionId, paragraphId ?? ''],
    queryFn: ({ pageParam }) =>
      api<SectionSources>(`/api/plans/${encodeURIComponent(slug)}/sections/${sectionId}/sources`, {
        query: { paragraphId, cursor: pageParam, limit: 10 },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export function useCandidates(slug: string, kind: SuggestionSourceKind) {
  return useQuery({
    queryKey: [...planKey(slug), 'candidates', kind],
    queryFn: () => api<SuggestionCandidate[]>(`/api/plans/${encodeURIComponent(slug)}/suggestion-candidates`, { query: { kind } }),
  });
}

export function useSuggestions(slug: string, status: string | undefined) {
  return useInfiniteQuery({
    queryKey: [...planKey(slug), 'suggestions', status ?? 'all'],
    queryFn: ({ pageParam }) =>
      api<Page<Suggestion>>(`/api/plans/${encodeURIComponent(slug)}/suggestions`, { query: { status, cursor: pageParam, limit: 20 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAnnotations(slug: string, version: number | null) {
  return useQuery({
    queryKey: [...planKey(slug), 'annotations', version],
    queryFn: async () => {
      const all: Annotation[] = [];
      let cursor: string | undefined;
      do {
        const page = await api<Page<Annotation>>(`/api/plans/${encodeURIComponent(slug)}/versions/${version}/annotations`, {
          query: { cursor, limit: 100 },
        });
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && all.length < 1000);
      return all;
    },
    enabled: version !== null,
  });
}

/** Every write of the plan feature; each refreshes what it changed. */
export function usePlanActions(slug: string, planId: string | undefined) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: planKey(slug) });
  const base = `/api/plans/${planId}`;
  return {
    create: useMutation({
      mutationFn: (body: CreatePlanRequest) => api<Plan>('/api/plans', { method: 'POST', body }),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plan', 'list'] }),
    }),
    updateHeader: useMutation({ mutationFn: (body: UpdatePlanRequest) => api<Plan>(base, { method: 'PATCH', body }), onSuccess: refresh }),
    setStatus: useMutation({
      mutationFn: (status: PlanStatus) => api<Plan>(`${base}/status`, { method: 'POST', body: { status } }),
      onSuccess: refresh,
    }),
    addSection: useMutation({
      mutationFn: (body: { kind: PlanSection['kind']; parentId?: string | null; content: SectionContentInput }) =>
        api<PlanSection>(`${base}/sections`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    saveSection: useMutation({
      mutationFn: ({ id, revision, content }: { id: string; revision: number; content: SectionContentInput }) =>
        api<PlanSection>(`${base}/sections/${id}`, { method: 'PUT', body: { revision, content } }),
    }),
    removeSection: useMutation({
      mutationFn: ({ id, revision }: { id: string; revision: number }) =>
        api<void>(`${base}/sections/${id}`, { method: 'DELETE', query: { revision } }),
      onSuccess: refresh,
    }),
    saveVersion: useMutation({
      mutationFn: (body: { name: TranslatedText; note?: string }) => api<PlanVersionSummary>(`${base}/versions`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    rename: useMutation({
      mutationFn: ({ number, name }: { number: number; name: TranslatedText }) =>
        api<PlanVersionSummary>(`${base}/versions/${number}`, { method: 'PATCH', body: { name } }),
      onSuccess: refresh,
    }),
    restore: useMutation({
      mutationFn: (number: number) => api<Plan>(`${base}/versions/${number}/restore`, { method: 'POST' }),
      onSuccess: refresh,
    }),
    review: useMutation({
      mutationFn: ({ number, open }: { number: number; open: boolean }) =>
        api<PlanVersionSummary>(`${base}/versions/${number}/review`, { method: 'POST', body: { open } }),
      onSuccess: refresh,
    }),
    suggest: useMutation({
      mutationFn: (body: CreateSuggestionRequest) => api<Suggestion>(`${base}/suggestions`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    decide: useMutation({
      mutationFn: ({ id, body }: { id: string; body: DecideSuggestionRequest }) =>
        api<Suggestion>(`${base}/suggestions/${id}/decision`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    annotate: useMutation({
      mutationFn: ({ version, body }: { version: number; body: CreateAnnotationRequest }) =>
        api<Annotation>(`${base}/versions/${version}/annotations`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
    answer: useMutation({
      mutationFn: ({ id, body }: { id: string; body: AnswerAnnotationRequest }) =>
        api<Annotation>(`${base}/annotations/${id}/answer`, { method: 'POST', body }),
      onSuccess: refresh,
    }),
  };
}

/** A v4 UUID for new paragraphs and indicators (crypto.randomUUID needs a secure context). */
export function newId(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Fills a section's missing languages by machine translation, and approves one machine text after review. */
export function useSectionLanguages(planId: string, section: Pick<PlanSection, 'id' | 'revision'>) {
  const base = `/api/plans/${planId}/sections/${section.id}`;
  const fill = useMutation({
    mutationFn: () => api<PlanSection>(`${base}/fill-languages`, { method: 'POST', body: { revision: section.revision } }),
  });
  const approve = useMutation({
    mutationFn: (m: ReviewMark) =>
      api<PlanSection>(`${base}/approve-translation`, {
        method: 'POST',
        body: { revision: section.revision, field: m.field, language: m.language },
      }),
  });
  return { fill, approve };
}
