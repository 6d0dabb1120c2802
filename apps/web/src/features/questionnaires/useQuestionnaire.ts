import { ROUTES } from '@polyphony/contracts';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QuestionnaireExportQuery, ResultsQuery, SaveQuestionnaireRequest, SaveResponseRequest } from '@polyphony/contracts';
import { ApiError, call, routeUrl } from '../../app/api-client';

export const questionnaireKey = (slug: string) => ['questionnaires', 'one', slug] as const;

/** The consultation's questionnaire, or null when it has none yet. */
export function useQuestionnaire(slug: string) {
  return useQuery({
    queryKey: questionnaireKey(slug),
    queryFn: async () => {
      try {
        return await call(ROUTES.questionnaires.get, { params: { consultation: slug } });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useConsultationOf(slug: string) {
  return useQuery({
    queryKey: ['consultations', 'one', slug],
    queryFn: () => call(ROUTES.consultations.get, { params: { idOrSlug: slug } }),
  });
}

export function useSaveQuestionnaire(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveQuestionnaireRequest) => call(ROUTES.questionnaires.save, { params: { consultation: slug }, body }),
    onSuccess: (saved) => queryClient.setQueryData(questionnaireKey(slug), saved),
  });
}

export function useMyResponse(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['questionnaires', 'mine', slug],
    queryFn: async () => (await call(ROUTES.questionnaires.mine, { params: { consultation: slug } })).response,
    enabled,
  });
}

export function useSaveResponse(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveResponseRequest) => call(ROUTES.questionnaires.answer, { params: { consultation: slug }, body }),
    onSuccess: (saved) => queryClient.setQueryData(['questionnaires', 'mine', slug], saved),
  });
}

export function useResults(slug: string, filters: ResultsQuery) {
  return useQuery({
    queryKey: ['questionnaires', 'results', slug, filters],
    queryFn: () => call(ROUTES.questionnaires.resultsOf, { params: { consultation: slug }, query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useTextAnswers(slug: string, questionId: string, filters: ResultsQuery) {
  return useInfiniteQuery({
    queryKey: ['questionnaires', 'texts', slug, questionId, filters],
    queryFn: ({ pageParam }) =>
      call(ROUTES.questionnaires.texts, {
        params: { consultation: slug },
        query: { questionId, limit: 10, cursor: pageParam, ...filters },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const exportUrl = (consultationId: string, format: 'csv' | 'xlsx', query: QuestionnaireExportQuery) =>
  routeUrl(ROUTES.questionnaires[format], { params: { consultation: consultationId }, query });
