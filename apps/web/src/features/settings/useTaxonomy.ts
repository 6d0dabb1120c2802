import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  pickTranslation,
  type CreateTaxonomyEntryRequest,
  type Taxonomy,
  type TaxonomyEntry,
  type TaxonomyKind,
  type UpdateTaxonomyEntryRequest,
} from '@polyphony/contracts';
import { api } from '../../app/api-client';
import { currentLanguage } from '../../app/i18n';

export const TAXONOMY_KEY = ['taxonomy'] as const;

/** The territory's strategic lines, regions, agendas and units (public). */
export function useTaxonomy() {
  return useQuery({ queryKey: TAXONOMY_KEY, queryFn: () => api<Taxonomy>('/api/taxonomy'), staleTime: 5 * 60_000 });
}

/** Names a key in the reader's language; a value outside the taxonomy is shown as it was written. */
export function useTaxonomyLabel() {
  const taxonomy = useTaxonomy().data;
  return useCallback(
    (kind: TaxonomyKind, key: string) => {
      const entry = taxonomy?.[kind]?.find((e) => e.key === key);
      return entry ? pickTranslation(entry.label, currentLanguage()) || key : key;
    },
    [taxonomy],
  );
}

/** Select options of one kind, labelled in the reader's language. */
export function useTaxonomyOptions(kind: TaxonomyKind) {
  const entries = useTaxonomy().data?.[kind] ?? [];
  return entries.map((e) => ({ value: e.key, label: pickTranslation(e.label, currentLanguage()) || e.key }));
}

export function useTaxonomyMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: TAXONOMY_KEY });
  return {
    create: useMutation({
      mutationFn: (body: CreateTaxonomyEntryRequest) => api<TaxonomyEntry>('/api/taxonomy', { method: 'POST', body }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateTaxonomyEntryRequest }) =>
        api<TaxonomyEntry>(`/api/taxonomy/${id}`, { method: 'PATCH', body }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api<void>(`/api/taxonomy/${id}`, { method: 'DELETE' }),
      onSuccess: refresh,
    }),
  };
}
