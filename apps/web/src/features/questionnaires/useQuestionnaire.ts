import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Consultation,
  MyResponse,
  Questionnaire,
  QuestionnaireResults,
  ResultsQuery,
  SaveQuestionnaireRequest,
  SaveResponseRequest,
  TextAnswer,
} from '@polyphony/contracts';
import { api, ApiError } from '../../app/api-client';

const base = (slug: string) => `/api/consultations/${encodeURIComponent(slug)}/questionnaire`;
export const questionnaireKey = (slug: string) => ['questionnaires', 'one', slug] as const;

/** The consultation's questionnaire, or null when it has none yet. */
export function useQuestionnaire(slug: string) {
  return useQuery({
    queryKey: questionnaireKey(slug),
    queryFn: async () => {
      try {
        return await api<Questionnaire>(base(slug));
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
    queryFn: () => api<Consultation>(`/api/consultations/${encodeURIComponent(slug)}`),
  });
}

export function useSaveQuestionnaire(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveQuestionnaireRequest) => api<Questionnaire>(base(slug), { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(questionnaireKey(slug), saved),
  });
}

export function useMyResponse(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['questionnaires', 'mine', slug],
    queryFn: async () => (await api<{ response: MyResponse | null }>(`${base(slug)}/response`)).response,
    enabled,
  });
}

export function useSaveResponse(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveResponseRequest) => api<MyResponse>(`${base(slug)}/response`, { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(['questionnaires', 'mine', slug], saved),
  });
}

export function useResults(slug: string, filters: ResultsQuery) {
  return useQuery({
    queryKey: ['questionnaires', 'results', slug, filters],
    queryFn: () => api<QuestionnaireResults>(`${base(slug)}/results`, { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useTextAnswers(slug: string, questionId: string, filters: ResultsQuery) {
  return useInfiniteQuery({
    queryKey: ['questionnaires', 'texts', slug, questionId, filters],
    queryFn: ({ pageParam }) =>
      api<{ items: TextAnswer[]; nextCursor: string | null }>(`${base(slug)}/texts`, {
        query: { questionId, limit: 10, cursor: pageParam, ...filters },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const exportUrl = (consultationId: string, format: 'csv' | 'xlsx', lang: string) =>
  `${base(consultationId)}/export.${format}?lang=${lang}`;
