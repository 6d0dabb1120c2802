import { useEffect, useState } from 'react';
import { SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_CATEGORIES } from '@polyphony/contracts';
import { CategorySelect } from '../../shared/CategorySelect';
import { CountrySelect } from '../../shared/CountrySelect';

export interface Filters {
  q: string;
  category: string;
  country: string;
}

/** Search box (debounced) and category / country filters. */
export function OrganisationFilters({ value, onChange }: { value: Filters; onChange: (next: Filters) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q);
  const [debounced] = useDebouncedValue(q, 300);
  useEffect(() => {
    if (debounced !== value.q) onChange({ ...value, q: debounced });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return (
    <SimpleGrid
      cols={{ base: 1, sm: 3 }}
      component="form"
      role="search"
      aria-label={t('organisations.filters.label')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ ...value, q });
      }}
    >
      <TextInput
        label={t('organisations.filters.search')}
        placeholder={t('organisations.filters.searchPlaceholder')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
      />
      <CategorySelect
        label={t('organisations.filters.category')}
        categories={ORGANISATION_CATEGORIES}
        emptyLabel={t('organisations.filters.allCategories')}
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
      />
      <CountrySelect
        label={t('organisations.filters.country')}
        emptyLabel={t('organisations.filters.allCountries')}
        value={value.country}
        onChange={(country) => onChange({ ...value, country })}
      />
    </SimpleGrid>
  );
}
