import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ROUTES,
  type SuggestionStatus,
  type ReviewMark,
  type TranslatedText,
  type Annotation,
  type AnswerAnnotationRequest,
  type CreateAnnotationRequest,
  type CreatePlanRequest,
  type CreateSuggestionRequest,
  type DecideSuggestionRequest,
  type PlanSection,
  type PlanStatus,
  type UpdatePlanRequest,
  type SectionContentInput,
  type SuggestionSourceKind,
} from '@polyphony/contracts';
import { call } from '../../app/api-client';

export type Edition = 'draft' | number | undefined;
export const planKey = (slug: string) => ['plan', slug] as const;

export function usePlans() {
  return useQuery({ queryKey: ['plan', 'list'], queryFn: () => call(ROUTES.plan.list) });
}

/** The plan as the viewer may read it: the working draft (officials), the public version, or ?version=n. */
export function usePlan(slug: string, edition?: Edition) {
  return useQuery({
    queryKey: [...planKey(slug), edition ?? 'default'],
    queryFn: () => call(ROUTES.plan.get, { params: { idOrSlug: slug }, query: { version: edition } }),
  });
}

export function useVersions(slug: string) {
  return useQuery({
    queryKey: [...planKey(slug), 'versions'],
    queryFn: () => call(ROUTES.planVersions.list, { params: { idOrSlug: slug } }),
  });
}

export function useDiff(slug: string, from: number | null, to: number | 'draft' | null) {
  return useQuery({
    queryKey: [...planKey(slug), 'diff', from, to],
    queryFn: () => call(ROUTES.planVersions.diff, { params: { idOrSlug: slug }, query: { from: from!, to: to! } }),
    enabled: from !== null && to !== null,
  });
}

export function useSources(slug: string, sectionId: string, paragraphId: string | undefined, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...planKey(slug), 'sources', sectionId, paragraphId ?? ''],
    queryFn: ({ pageParam }) =>
      call(ROUTES.plan.sectionSources, { params: { idOrSlug: slug, sectionId }, query: { paragraphId, cursor: pageParam, limit: 10 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export function useCandidates(slug: string, kind: SuggestionSourceKind) {
  return useQuery({
    queryKey: [...planKey(slug), 'candidates', kind],
    queryFn: () => call(ROUTES.planSuggestions.candidates, { params: { idOrSlug: slug }, query: { kind } }),
  });
}

export function useSuggestions(slug: string, status: string | undefined) {
  return useInfiniteQuery({
    queryKey: [...planKey(slug), 'suggestions', status ?? 'all'],
    queryFn: ({ pageParam }) =>
      call(ROUTES.planSuggestions.list, {
        params: { idOrSlug: slug },
        query: { status: status as SuggestionStatus | undefined, cursor: pageParam, limit: 20 },
      }),
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
        const page = await call(ROUTES.planReview.list, { params: { idOrSlug: slug, number: version! }, query: { cursor, limit: 100 } });
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
  return {
    create: useMutation({
      mutationFn: (body: CreatePlanRequest) => call(ROUTES.plan.create, { body }),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plan', 'list'] }),
    }),
    updateHeader: useMutation({
      mutationFn: (body: UpdatePlanRequest) => call(ROUTES.plan.update, { params: { id: planId! }, body }),
      onSuccess: refresh,
    }),
    setStatus: useMutation({
      mutationFn: (status: PlanStatus) => call(ROUTES.plan.status, { params: { id: planId! }, body: { status } }),
      onSuccess: refresh,
    }),
    addSection: useMutation({
      mutationFn: (body: { kind: PlanSection['kind']; parentId?: string | null; content: SectionContentInput }) =>
        call(ROUTES.plan.createSection, { params: { id: planId! }, body }),
      onSuccess: refresh,
    }),
    saveSection: useMutation({
      mutationFn: ({ id, revision, content }: { id: string; revision: number; content: SectionContentInput }) =>
        call(ROUTES.plan.updateSection, { params: { id: planId!, sectionId: id }, body: { revision, content } }),
    }),
    removeSection: useMutation({
      mutationFn: ({ id, revision }: { id: string; revision: number }) =>
        call(ROUTES.plan.remove, { params: { id: planId!, sectionId: id }, query: { revision } }),
      onSuccess: refresh,
    }),
    saveVersion: useMutation({
      mutationFn: (body: { name: TranslatedText; note?: string }) =>
        call(ROUTES.planVersions.create, { params: { idOrSlug: planId! }, body }),
      onSuccess: refresh,
    }),
    rename: useMutation({
      mutationFn: ({ number, name }: { number: number; name: TranslatedText }) =>
        call(ROUTES.planVersions.rename, { params: { idOrSlug: planId!, number }, body: { name } }),
      onSuccess: refresh,
    }),
    restore: useMutation({
      mutationFn: (number: number) => call(ROUTES.planVersions.restore, { params: { idOrSlug: planId!, number } }),
      onSuccess: refresh,
    }),
    review: useMutation({
      mutationFn: ({ number, open }: { number: number; open: boolean }) =>
        call(ROUTES.planVersions.review, { params: { idOrSlug: planId!, number }, body: { open } }),
      onSuccess: refresh,
    }),
    suggest: useMutation({
      mutationFn: (body: CreateSuggestionRequest) => call(ROUTES.planSuggestions.create, { params: { idOrSlug: planId! }, body }),
      onSuccess: refresh,
    }),
    decide: useMutation({
      mutationFn: ({ id, body }: { id: string; body: DecideSuggestionRequest }) =>
        call(ROUTES.planSuggestions.decide, { params: { idOrSlug: planId!, id }, body }),
      onSuccess: refresh,
    }),
    annotate: useMutation({
      mutationFn: ({ version, body }: { version: number; body: CreateAnnotationRequest }) =>
        call(ROUTES.planReview.create, { params: { idOrSlug: planId!, number: version }, body }),
      onSuccess: refresh,
    }),
    answer: useMutation({
      mutationFn: ({ id, body }: { id: string; body: AnswerAnnotationRequest }) =>
        call(ROUTES.planReview.answer, { params: { idOrSlug: planId!, annotationId: id }, body }),
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
  const params = { id: planId, sectionId: section.id };
  const fill = useMutation({
    mutationFn: () => call(ROUTES.planLanguages.fill, { params, body: { revision: section.revision } }),
  });
  const approve = useMutation({
    mutationFn: (m: ReviewMark) =>
      call(ROUTES.planLanguages.approve, { params, body: { revision: section.revision, field: m.field, language: m.language } }),
  });
  return { fill, approve };
}
