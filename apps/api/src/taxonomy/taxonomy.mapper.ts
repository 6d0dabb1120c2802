import type { TaxonomyEntry } from '@polyphony/contracts';
import type { TaxonomyEntryEntity } from './taxonomy-entry.entity';

/** An entry as the API answers it. */
export const toTaxonomyEntry = (e: Pick<TaxonomyEntryEntity, 'id' | 'kind' | 'key' | 'label' | 'position'>): TaxonomyEntry => ({
  id: e.id,
  kind: e.kind,
  key: e.key,
  label: e.label,
  position: e.position,
});
