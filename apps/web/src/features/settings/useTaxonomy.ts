import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CreateTaxonomyEntryRequest, type TaxonomyKind, type UpdateTaxonomyEntryRequest, ROUTES } from '@polyphony/contracts';
import { call } from '../../app/api-client';
import { useLocalize, type Localized } from '../../shared/localized';

export const TAXONOMY_KEY = ['taxonomy'] as const;

/** The territory's strategic lines, regions, agendas and units (public). */
export function useTaxonomy() {
  return useQuery({ queryKey: TAXONOMY_KEY, queryFn: () => call(ROUTES.taxonomy.all), staleTime: 5 * 60_000 });
}

/**
 * A key's label through the one reading rule: written in the reader's language, else machine translated
 * (state says so, for a mark); null for a value outside the taxonomy (shown as it was written).
 */
export function useTaxonomyLocalized() {
  const taxonomy = useTaxonomy().data;
  const localize = useLocalize();
  return useCallback(
    (kind: TaxonomyKind, key: string): Localized | null => {
      const entry = taxonomy?.[kind]?.find((e) => e.key === key);
      return entry ? localize(entry.label) : null;
    },
    [taxonomy, localize],
  );
}

/** Names a key in the reader's language (machine translated when the label lacks it); a value outside the taxonomy is shown as it was written. */
export function useTaxonomyLabel() {
  const localized = useTaxonomyLocalized();
  return useCallback((kind: TaxonomyKind, key: string) => localized(kind, key)?.text || key, [localized]);
}

/** Select options of one kind, labelled in the reader's language (machine translated when a label lacks it). */
export function useTaxonomyOptions(kind: TaxonomyKind) {
  const entries = useTaxonomy().data?.[kind] ?? [];
  const localize = useLocalize();
  return entries.map((e) => ({ value: e.key, label: localize(e.label).text || e.key }));
}

export function useTaxonomyMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: TAXONOMY_KEY });
  return {
    create: useMutation({
      mutationFn: (body: CreateTaxonomyEntryRequest) => call(ROUTES.taxonomy.create, { body }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateTaxonomyEntryRequest }) =>
        call(ROUTES.taxonomy.update, { params: { id }, body }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => call(ROUTES.taxonomy.remove, { params: { id } }),
      onSuccess: refresh,
    }),
  };
}
